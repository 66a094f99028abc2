using System.IO;
using System.Linq;
using Compliance.Diagnostics;
using Compliance.Tests;

namespace Compliance.Core.Tests.Diagnostics;

public class RuleDocumentationTests
{
    [Fact]
    public void The_rule_table_holds_scc001_to_scc010_in_order()
    {
        Assert.Equal(Enumerable.Range(1, 10).Select(i => $"SCC{i:000}"), Rules.All.Select(r => r.Id));
    }

    [Fact]
    public void Every_rule_has_a_help_page_at_its_help_link()
    {
        foreach (var rule in Rules.All)
        {
            string page = TestPaths.Repo("docs", "diagnostics", rule.Id + ".md");
            Assert.True(File.Exists(page), page);
            Assert.StartsWith($"# {rule.Id}: {rule.Title}", File.ReadAllText(page));
            Assert.EndsWith("docs/diagnostics/" + rule.Id + ".md", rule.HelpUri);
        }
    }

    [Fact]
    public void The_readme_lists_every_rule_with_its_default_severity()
    {
        string readme = File.ReadAllText(TestPaths.Repo("README.md"));
        foreach (var rule in Rules.All)
        {
            string severity = rule.DefaultSeverity == Severity.Note ? "note" : rule.DefaultSeverity.ToBuildWord();
            Assert.Contains($"| [{rule.Id}](docs/diagnostics/{rule.Id}.md) | {severity} |", readme);
        }
    }
}
