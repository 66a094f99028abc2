namespace Compliance.Boms;

public enum BomFormat
{
    Unknown,
    CycloneDx,
    Spdx,
}
