using System;
using Compliance.Configuration;

namespace Compliance.Screening;

public sealed class ScreeningOptions
{
    /// <summary>The default of <see cref="ExemptionWarningDays"/>.</summary>
    public const int DefaultExemptionWarningDays = 30;

    /// <summary>The default of <see cref="ClassificationProperty"/>.</summary>
    public const string DefaultClassificationProperty = "eccn";

    /// <summary>The date exemptions and list ages are judged at; the default is today in UTC.</summary>
    public DateTime AsOf { get; set; } = DateTime.UtcNow.Date;

    public SeverityConfiguration Severities { get; set; } = new();

    /// <summary>An exemption in use that expires within this many days of <see cref="AsOf"/> gives SCC005.</summary>
    public int ExemptionWarningDays { get; set; } = DefaultExemptionWarningDays;

    /// <summary>
    /// The component property (CycloneDX <c>properties[].name</c>, compared without regard to case) whose value is
    /// the component's classification, such as the ECCN <c>EAR99</c>, that an exemption's <c>classifications</c> match.
    /// </summary>
    public string ClassificationProperty { get; set; } = DefaultClassificationProperty;
}
