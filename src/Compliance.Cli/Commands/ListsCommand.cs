using System.CommandLine;
using System.IO;

namespace Compliance.Cli.Commands;

/// <summary><c>lists</c>: tools for the compliance team that owns the entity lists.</summary>
public static class ListsCommand
{
    public static Command Create(TextWriter output, TextWriter error) =>
        new("lists", "Import official screening lists, validate entity lists, compare two versions, and summarise one.")
        {
            ListsImportCommand.Create(output, error),
            ListsValidateCommand.Create(output, error),
            ListsDiffCommand.Create(output, error),
            ListsStatsCommand.Create(output, error),
        };
}
