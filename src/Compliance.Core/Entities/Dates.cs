using System;
using System.Globalization;

namespace Compliance.Entities;

/// <summary>Calendar dates as lists and options write them: <c>2027-06-30</c>, or an RFC 3339 date-time (its UTC date is used).</summary>
public static class Dates
{
    /// <summary>RFC 3339 date-times with an offset, as the entity-list schema's "date-time" format accepts them.</summary>
    private static readonly string[] DateTimeFormats = BuildDateTimeFormats();

    private static string[] BuildDateTimeFormats()
    {
        var formats = new System.Collections.Generic.List<string>();
        for (int digits = 0; digits <= 7; digits++)
        {
            string seconds = digits == 0 ? "ss" : "ss." + new string('f', digits);
            formats.Add("yyyy-MM-dd'T'HH:mm:" + seconds + "'Z'");
            formats.Add("yyyy-MM-dd'T'HH:mm:" + seconds + "zzz");
        }
        return formats.ToArray();
    }

    public static bool TryParse(string text, out DateTime date)
    {
        if (DateTime.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out date))
        {
            date = DateTime.SpecifyKind(date.Date, DateTimeKind.Utc);
            return true;
        }
        if (text.Length > 10 && DateTimeOffset.TryParseExact(text, DateTimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var moment))
        {
            date = DateTime.SpecifyKind(moment.UtcDateTime.Date, DateTimeKind.Utc);
            return true;
        }
        date = default;
        return false;
    }

    public static string Format(DateTime date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
