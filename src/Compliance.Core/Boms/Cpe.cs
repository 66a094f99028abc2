using System;

namespace Compliance.Boms;

/// <summary>Reads the vendor part of a CPE 2.3 formatted string or a CPE 2.2 URI.</summary>
public static class Cpe
{
    public static bool TryGetVendor(string? text, out string vendor)
    {
        vendor = string.Empty;
        if (text is null) return false;
        string[] parts;
        if (text.StartsWith("cpe:2.3:", StringComparison.OrdinalIgnoreCase))
        {
            parts = text.Split(':');
            if (parts.Length < 4) return false;
            vendor = parts[3];
        }
        else if (text.StartsWith("cpe:/", StringComparison.OrdinalIgnoreCase))
        {
            parts = text.Substring(5).Split(':');
            if (parts.Length < 2) return false;
            vendor = Uri.UnescapeDataString(parts[1]);
        }
        else
        {
            return false;
        }
        vendor = vendor.Replace("\\", string.Empty);
        return vendor.Length > 0 && vendor != "*" && vendor != "-";
    }
}
