using System;
using Compliance.Configuration;

namespace Compliance.Screening;

public sealed class ScreeningOptions
{
    /// <summary>The date exemptions and list ages are judged at; the default is today in UTC.</summary>
    public DateTime AsOf { get; set; } = DateTime.UtcNow.Date;

    public SeverityConfiguration Severities { get; set; } = SeverityConfiguration.Default;
}
