using System;
using System.Globalization;

namespace Compliance.Entities;

/// <summary>Calendar dates as lists and options write them: <c>2027-06-30</c>, or an ISO 8601 date-time (its UTC date is used).</summary>
public static class Dates
{
    public static bool TryParse(string text, out DateTime date)
    {
        text = text.Trim();
        if (DateTime.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out date))
        {
            date = DateTime.SpecifyKind(date.Date, DateTimeKind.Utc);
            return true;
        }
        if (text.Length > 10 && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var moment))
        {
            date = DateTime.SpecifyKind(moment.UtcDateTime.Date, DateTimeKind.Utc);
            return true;
        }
        date = default;
        return false;
    }

    public static string Format(DateTime date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
