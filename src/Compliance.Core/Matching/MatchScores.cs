namespace Compliance.Matching;

/// <summary>
/// The score each kind of match gets, from 0 to 1. Scores rank possible matches for review; whether a finding is
/// SCC001 or SCC002 depends on the kind and the evidence, not on the score (docs/matching.md).
/// </summary>
internal static class MatchScores
{
    public const double Exact = 1.0;
    public const double ListedIdentifier = 1.0;
    public const double Spacing = 0.90;
    public const double Reordered = 0.85;
    public const double DistinctiveWords = 0.85;

    /// <summary>Distinctive words with a place of the evidence's own ("Hikvision USA"): a regional subsidiary, or another firm.</summary>
    public const double RegionalDistinctiveWords = 0.75;

    /// <summary>A name split across two fields of one component.</summary>
    public const double SplitFields = 0.80;

    /// <summary>A contained name scores this plus <see cref="ContainedCoverage"/> times the share of the longer name's letters it covers.</summary>
    public const double ContainedBase = 0.60;

    public const double ContainedCoverage = 0.30;

    /// <summary>A near spelling scores what the exact spelling would have, times this, times the similarity of the least similar word.</summary>
    public const double NearSpellingFactor = 0.90;

    /// <summary>A name that is the whole owner label, or its first hyphenated part ("dji" in "dji-sdk").</summary>
    public const double InferredBrand = 0.75;

    /// <summary>A whole name of <see cref="BrandPrefixMinimumLength"/> letters or more that starts the owner label ("huawei" in "huaweicloud").</summary>
    public const double InferredBrandPrefix = 0.65;

    public const int BrandPrefixMinimumLength = 6;
}
