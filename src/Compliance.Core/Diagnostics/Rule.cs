namespace Compliance.Diagnostics;

/// <summary>A diagnostic's fixed description: one per ID, shared by every outlet.</summary>
public sealed class Rule
{
    internal Rule(string id, string title, Severity defaultSeverity, string description)
    {
        Id = id;
        Title = title;
        DefaultSeverity = defaultSeverity;
        Description = description;
    }

    public string Id { get; }

    /// <summary>A one-line summary (SARIF <c>shortDescription</c>).</summary>
    public string Title { get; }

    public Severity DefaultSeverity { get; }

    /// <summary>What the finding means and what to do about it (SARIF <c>fullDescription</c> and <c>help</c>).</summary>
    public string Description { get; }

    public string HelpUri => Rules.HelpBaseUri + Id + ".md";

    public string Category => "Compliance";
}
