using System.IO;
using Compliance.ListTools;
using Compliance.Tests;

namespace Compliance.Core.Tests.ListTools;

public class ListChecksDocumentationTests
{
    [Fact]
    public void The_readme_documents_every_check_with_its_severity()
    {
        string readme = File.ReadAllText(TestPaths.Repo("README.md"));

        foreach (var check in ListChecks.All)
        {
            Assert.Contains($"| `{check.Name}` | {check.Severity.ToString().ToLowerInvariant()} |", readme);
        }
    }
}
