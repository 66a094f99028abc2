using System;
using System.Collections.Generic;

namespace Compliance.Diagnostics;

/// <summary>The one stable order of findings, so that the same inputs give byte-identical output.</summary>
public sealed class FindingOrder : IComparer<Finding>
{
    public static FindingOrder Instance { get; } = new();

    public int Compare(Finding? x, Finding? y)
    {
        if (ReferenceEquals(x, y)) return 0;
        if (x is null) return -1;
        if (y is null) return 1;
        int c = string.CompareOrdinal(x.Location.Path, y.Location.Path);
        if (c == 0) c = x.Location.StartLine.CompareTo(y.Location.StartLine);
        if (c == 0) c = x.Location.StartColumn.CompareTo(y.Location.StartColumn);
        if (c == 0) c = string.CompareOrdinal(x.Id, y.Id);
        if (c == 0) c = string.CompareOrdinal(x.EntityId, y.EntityId);
        if (c == 0) c = string.CompareOrdinal(x.BomRef, y.BomRef);
        if (c == 0) c = string.CompareOrdinal(x.ExemptionId, y.ExemptionId);
        if (c == 0) c = string.CompareOrdinal(x.Message, y.Message);
        return c;
    }
}
