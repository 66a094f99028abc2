using System;
using System.Collections.Generic;
using System.Linq;

namespace Compliance.Matching;

/// <summary>
/// Words that say what kind of organisation something is or where it is, not who it is ("Technology", "Digital",
/// "Company", "China", "Mobile", "Group", "International", "Shenzhen"). A name made only of such words matches only
/// as a whole; no partial, near-spelling or inferred match rests on them. Also the spelling variants folded
/// together ("Technologies" and "Tech" are "technology") and the small words dropped ("the", "of", "and").
/// </summary>
internal static class GenericWords
{
    private static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        "the", "of", "and", "for", "de", "du", "des", "la", "le", "les", "el", "und", "et", "di", "del",
    };

    private static readonly Dictionary<string, string> Variants = new(StringComparer.Ordinal)
    {
        ["technologies"] = "technology", ["tech"] = "technology", ["technological"] = "technology",
        ["communications"] = "communication", ["comms"] = "communication", ["electronics"] = "electronic",
        ["industries"] = "industry", ["industrial"] = "industry", ["holdings"] = "holding", ["systems"] = "system",
        ["solutions"] = "solution", ["services"] = "service", ["networks"] = "network", ["labs"] = "lab",
        ["laboratory"] = "lab", ["laboratories"] = "lab", ["intl"] = "international", ["grp"] = "group",
        ["mfg"] = "manufacturing", ["sciences"] = "science", ["scientific"] = "science", ["innovations"] = "innovation",
        ["enterprises"] = "enterprise", ["products"] = "product", ["devices"] = "device", ["semiconductors"] = "semiconductor",
        ["organisation"] = "organization", ["centre"] = "center", ["telecommunications"] = "telecommunication",
        ["softwares"] = "software", ["investments"] = "investment", ["partners"] = "partner", ["trading"] = "trade",
        ["equipments"] = "equipment", ["kontsern"] = "concern", ["kholding"] = "holding", ["gruppa"] = "group", ["instruments"] = "instrument", ["materials"] = "material", ["resources"] = "resource",
    };

    /// <summary>Generic words that also say "this is an organisation, not a person" when they appear in an author string.</summary>
    private static readonly HashSet<string> OrganizationWords = new(StringComparer.Ordinal)
    {
        "company", "corporation", "group", "technology", "foundation", "lab", "team", "project", "software", "system",
        "solution", "service", "industry", "holding", "international", "electronic", "communication", "network",
        "university", "institute", "association", "organization", "consortium", "community", "contributors", "developers",
        "authors", "enterprise", "manufacturing", "semiconductor", "telecom", "telecommunication", "digital", "information",
        "science", "innovation", "device", "product", "trade", "investment", "partner", "agency", "bank", "center",
        "council", "society", "ministry", "department", "government", "media", "security", "cloud", "platform", "concern",
    };

    /// <summary>Generic words that name a group of companies rather than a line of business: "Kalashnikov Group" is a parent or member of "Kalashnikov Concern".</summary>
    private static readonly HashSet<string> GroupWords = new(StringComparer.Ordinal) { "group", "holding", "concern" };

    /// <summary>Generic words that say where a company works, like a place: "China Mobile International" is a regional arm of "China Mobile".</summary>
    private static readonly HashSet<string> ScopeWords = new(StringComparer.Ordinal) { "international", "global", "worldwide", "overseas" };

    private static readonly HashSet<string> Generic = Build(
        // kinds of organisation and business
        "technology digital mobile global worldwide general national united new first one smart intelligent advanced "
        + "data info information computer computing software hardware system solution service network internet online web cloud "
        + "platform app apps application electronic electric electrical power energy micro microelectronics semiconductor chip "
        + "communication telecom telecommunication wireless radio video vision visual audio image imaging optical optics photonic "
        + "security antivirus safety defense defence control automation robotics robot drone aviation aerospace space satellite "
        + "industry manufacturing factory plant machinery machine equipment instrument device product material resource "
        + "trade import export commerce commercial business enterprise holding investment capital finance financial fund "
        + "bank insurance partner venture development research science innovation creative design engineering construction "
        + "consulting management logistics transport shipping marine medical health pharma pharmaceutical bio biotech life "
        + "chemical oil gas petroleum mining metal steel auto automotive motor vehicle media entertainment culture education "
        + "lab studio center institute university academy school association foundation organization society council agency "
        + "group company corporation concern team project community contributors developers authors open source free official "
        + "public private state city county province regional local central north south east west eastern western "
        + "northern southern overseas foreign sino cyber quantum smartphone phone consumer home house shop store market "
        + "trust solutions office department ministry government branch division unit subsidiary affiliate "
        + Places);

    /// <summary>Countries, regions and cities: generic, and optional where they open a listed name ("Beijing Megvii Technology").</summary>
    private const string Places =
        "china chinese prc beijing shanghai shenzhen sz hangzhou zhejiang guangdong guangzhou jiangsu nanjing suzhou "
        + "wuhan chengdu chongqing tianjin xian hefei anhui fujian xiamen shandong qingdao hubei hunan sichuan guizhou guiyang "
        + "yunnan hebei henan liaoning dalian shenyang jilin heilongjiang hainan hong kong macau macao taiwan taipei "
        + "asia asian pacific europe european america american americas usa us uk britain british england canada "
        + "japan japanese tokyo korea korean seoul russia russian moscow iran iranian india indian germany german france "
        + "french italy spain netherlands singapore malaysia thailand vietnam indonesia philippines australia brazil mexico "
        + "africa middle arab emirates dubai turkey israel switzerland sweden norway denmark finland poland ukraine belarus "
        + "kazakhstan pakistan syria iraq cuba venezuela korea dprk schweiz suisse svizzera deutschland espana italia "
        + "nederland polska rossii rossiya zhongguo nippon osterreich austria belgium belgique portugal greece ireland "
        + "scotland wales london paris berlin munich frankfurt zurich geneva amsterdam stockholm madrid rome milan "
        + "new york california texas delaware virginia washington boston chicago seattle toronto sydney melbourne";

    private static readonly HashSet<string> PlaceWords = new(Places.Split(' '), StringComparer.Ordinal);

    private static HashSet<string> Build(string words)
    {
        var set = new HashSet<string>(words.Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries), StringComparer.Ordinal);
        foreach (var canonical in Variants.Values) set.Add(canonical);
        return set;
    }

    private static readonly ILookup<string, string> SpellingsByWord = Variants.ToLookup(v => v.Value, v => v.Key, StringComparer.Ordinal);

    public static string Canonical(string word) => Variants.TryGetValue(word, out var canonical) ? canonical : word;

    /// <summary>The other spellings folded into a word: "technologies", "tech" and "technological" for "technology".</summary>
    public static IEnumerable<string> SpellingsOf(string word) => SpellingsByWord[word];

    public static bool IsStopWord(string word) => StopWords.Contains(word);

    public static bool IsGeneric(string word) => Generic.Contains(word) || IsNumber(word);

    /// <summary>A generic word that is a word, not a number: an industry, organisation or place.</summary>
    public static bool IsIndustryOrPlace(string word) => Generic.Contains(word);

    /// <summary>
    /// A generic word or an ordinary English word ("spring", "sun", "day"): it does not stand for one entity on its
    /// own, so a name of only such a word is not found inside longer names or inferred from identifiers, and such a
    /// word in evidence is taken as written, never as a misspelling of a listed word.
    /// </summary>
    public static bool IsOrdinary(string word) => IsGeneric(word) || Scowl.CommonWords.Contains(word);

    public static bool IsOrganizationWord(string word) => OrganizationWords.Contains(word);

    public static bool IsPlace(string word) => PlaceWords.Contains(word);

    /// <summary>How many places a name opens with: 1 for "beijing megvii technology".</summary>
    public static int LeadingPlaceCount(string[] words)
    {
        int places = 0;
        while (places < words.Length && IsPlace(words[places])) places++;
        return places;
    }

    public static bool IsGroupWord(string word) => GroupWords.Contains(word);

    /// <summary>A place, or a word that says where a company works ("International", "Overseas").</summary>
    public static bool IsPlaceOrScope(string word) => PlaceWords.Contains(word) || ScopeWords.Contains(word);

    private static bool IsNumber(string word)
    {
        foreach (char c in word)
        {
            if (c is < '0' or > '9') return false;
        }
        return true;
    }
}
