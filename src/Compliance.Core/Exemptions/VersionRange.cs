using System;
using System.Collections.Generic;
using System.Linq;

namespace Compliance.Exemptions;

/// <summary>
/// The versions a purl pattern allows, written after its <c>@</c> in one of three forms (docs/exemptions.md):
/// Maven intervals (<c>[6.0,7.0)</c>, <c>(,2.0]</c>, <c>[1.0]</c>, unions such as <c>[1.0,2.0),[3.0,)</c>);
/// vers constraints (<c>vers:maven/&gt;=6.0|&lt;7.0</c>, or the same without the <c>vers:scheme/</c> prefix);
/// or one version, where <c>*</c> matches any run of characters (<c>6.11.0.300</c>, <c>6.*</c>).
/// Versions are ordered by <see cref="VersionComparer"/>.
/// </summary>
public sealed class VersionRange
{
    private readonly Func<string, bool> _contains;

    private VersionRange(string text, Func<string, bool> contains)
    {
        Text = text;
        _contains = contains;
    }

    public string Text { get; }

    public bool Contains(string version) => _contains(version.Trim());

    public static bool TryParse(string text, out VersionRange range, out string? error)
    {
        text = text.Trim();
        range = null!;
        error = null;
        if (text.Length == 0)
        {
            error = "the version after '@' is empty";
            return false;
        }
        if (text[0] is '[' or '(') return TryParseIntervals(text, out range, out error);
        if (text.StartsWith("vers:", StringComparison.OrdinalIgnoreCase))
        {
            int slash = text.IndexOf('/');
            if (slash < 0)
            {
                error = $"'{text}' is not a vers range: expected 'vers:<scheme>/<constraints>'";
                return false;
            }
            return TryParseConstraints(text, text.Substring(slash + 1), out range, out error);
        }
        if (text.IndexOfAny(new[] { '<', '>', '=', '!', '|' }) >= 0) return TryParseConstraints(text, text, out range, out error);
        if (text.IndexOfAny(new[] { ',', ']', ')' }) >= 0)
        {
            error = $"'{text}' is not a version range: an interval starts with '[' or '('";
            return false;
        }
        string exact = text;
        range = exact.IndexOf('*') >= 0
            ? new VersionRange(text, v => Glob.IsMatch(exact, v))
            : new VersionRange(text, v => VersionComparer.Instance.Compare(v, exact) == 0);
        return true;
    }

    // ---- Maven intervals ----

    private readonly record struct Interval(string? Lower, bool LowerInclusive, string? Upper, bool UpperInclusive)
    {
        public bool Contains(string version)
        {
            var order = VersionComparer.Instance;
            if (Lower is not null)
            {
                int c = order.Compare(version, Lower);
                if (c < 0 || (c == 0 && !LowerInclusive)) return false;
            }
            if (Upper is not null)
            {
                int c = order.Compare(version, Upper);
                if (c > 0 || (c == 0 && !UpperInclusive)) return false;
            }
            return true;
        }
    }

    private static bool TryParseIntervals(string text, out VersionRange range, out string? error)
    {
        range = null!;
        var intervals = new List<Interval>();
        int i = 0;
        while (i < text.Length)
        {
            if (text[i] is not ('[' or '('))
            {
                error = $"'{text}' is not a version range: expected '[' or '(' at character {i + 1}";
                return false;
            }
            int close = text.IndexOfAny(new[] { ']', ')' }, i + 1);
            if (close < 0)
            {
                error = $"'{text}' is not a version range: an interval is not closed with ']' or ')'";
                return false;
            }
            bool lowerInclusive = text[i] == '[', upperInclusive = text[close] == ']';
            string body = text.Substring(i + 1, close - i - 1);
            string[] bounds = body.Split(',');
            if (bounds.Length == 1)
            {
                string exact = bounds[0].Trim();
                if (exact.Length == 0 || !lowerInclusive || !upperInclusive)
                {
                    error = $"'{text}' is not a version range: a single version is written [1.0]";
                    return false;
                }
                intervals.Add(new Interval(exact, true, exact, true));
            }
            else if (bounds.Length == 2)
            {
                string? lower = Bound(bounds[0]), upper = Bound(bounds[1]);
                if (lower is not null && upper is not null && VersionComparer.Instance.Compare(lower, upper) > 0)
                {
                    error = $"'{text}' is not a version range: {lower} is after {upper}";
                    return false;
                }
                intervals.Add(new Interval(lower, lowerInclusive, upper, upperInclusive));
            }
            else
            {
                error = $"'{text}' is not a version range: an interval has two bounds, such as [6.0,7.0)";
                return false;
            }
            i = close + 1;
            while (i < text.Length && (text[i] == ',' || char.IsWhiteSpace(text[i]))) i++;
        }
        error = null;
        range = new VersionRange(text, v => intervals.Any(interval => interval.Contains(v)));
        return true;
    }

    private static string? Bound(string text) => text.Trim() is { Length: > 0 } bound ? bound : null;

    // ---- vers constraints ----

    private enum Comparator { Equal, NotEqual, Less, LessOrEqual, Greater, GreaterOrEqual }

    private readonly record struct Constraint(Comparator Comparator, string Version);

    private static bool TryParseConstraints(string text, string constraints, out VersionRange range, out string? error)
    {
        range = null!;
        var parsed = new List<Constraint>();
        foreach (string part in constraints.Split('|'))
        {
            string item = part.Trim();
            if (item == "*" && constraints.Trim() == "*")
            {
                error = null;
                range = new VersionRange(text, _ => true);
                return true;
            }
            var (comparator, length) = item switch
            {
                _ when item.StartsWith(">=", StringComparison.Ordinal) => (Comparator.GreaterOrEqual, 2),
                _ when item.StartsWith("<=", StringComparison.Ordinal) => (Comparator.LessOrEqual, 2),
                _ when item.StartsWith("!=", StringComparison.Ordinal) => (Comparator.NotEqual, 2),
                _ when item.StartsWith(">", StringComparison.Ordinal) => (Comparator.Greater, 1),
                _ when item.StartsWith("<", StringComparison.Ordinal) => (Comparator.Less, 1),
                _ when item.StartsWith("=", StringComparison.Ordinal) => (Comparator.Equal, 1),
                _ => (Comparator.Equal, 0),
            };
            string version = item.Substring(length).Trim();
            if (version.Length == 0 || version.IndexOfAny(new[] { '<', '>', '=', '!', '*' }) >= 0)
            {
                error = $"'{text}' is not a version range: '{item}' needs one comparator and a version, such as >=6.0";
                return false;
            }
            parsed.Add(new Constraint(comparator, version));
        }
        error = null;
        var sorted = parsed.OrderBy(c => c.Version, VersionComparer.Instance).ToList();
        range = new VersionRange(text, v => ConstraintsContain(sorted, v));
        return true;
    }

    /// <summary>The vers specification's algorithm: equalities first, then the intervals the sorted bounds form.</summary>
    private static bool ConstraintsContain(List<Constraint> sorted, string version)
    {
        var order = VersionComparer.Instance;
        foreach (var c in sorted)
        {
            if (order.Compare(version, c.Version) != 0) continue;
            if (c.Comparator == Comparator.Equal) return true;
            if (c.Comparator == Comparator.NotEqual) return false;
        }
        var bounds = sorted.Where(c => c.Comparator is not (Comparator.Equal or Comparator.NotEqual)).ToList();
        if (bounds.Count == 0)
        {
            // Only exclusions (!=1.0): every other version is in the range.
            return sorted.Count > 0 && sorted.All(c => c.Comparator == Comparator.NotEqual);
        }
        if (bounds[0].Comparator is Comparator.Less or Comparator.LessOrEqual && Satisfies(bounds[0], version)) return true;
        var last = bounds[bounds.Count - 1];
        if (last.Comparator is Comparator.Greater or Comparator.GreaterOrEqual && Satisfies(last, version)) return true;
        for (int i = 0; i + 1 < bounds.Count; i++)
        {
            var lower = bounds[i];
            var upper = bounds[i + 1];
            if (lower.Comparator is Comparator.Greater or Comparator.GreaterOrEqual
                && upper.Comparator is Comparator.Less or Comparator.LessOrEqual
                && Satisfies(lower, version) && Satisfies(upper, version))
            {
                return true;
            }
        }
        return false;
    }

    private static bool Satisfies(Constraint constraint, string version)
    {
        int c = VersionComparer.Instance.Compare(version, constraint.Version);
        return constraint.Comparator switch
        {
            Comparator.Less => c < 0,
            Comparator.LessOrEqual => c <= 0,
            Comparator.Greater => c > 0,
            Comparator.GreaterOrEqual => c >= 0,
            Comparator.Equal => c == 0,
            _ => c != 0,
        };
    }
}
