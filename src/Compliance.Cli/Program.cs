using System;
using System.CommandLine;
using System.IO;
using Compliance.Cli.Commands;

namespace Compliance.Cli;

public static class Program
{
    /// <summary>Exit code when the tool could not do its job: bad arguments, unreadable input, internal failure.</summary>
    public const int ToolFailure = 2;

    public static int Main(string[] args) => Run(args, Console.Out, Console.Error);

    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        var root = new RootCommand("Screens software bills of materials against restricted-entity lists.")
        {
            CheckCommand.Create(output, error),
            ListsCommand.Create(output, error),
        };
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var problem in parse.Errors) error.WriteLine($"error: {problem.Message}");
            error.WriteLine("Run 'dotnet compliance --help' for usage.");
            return ToolFailure;
        }
        try
        {
            return parse.Invoke(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false });
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // Fail closed without a stack trace: the user gets one line and exit code 2.
            error.WriteLine($"error: internal failure: {e.GetType().Name}: {e.Message}");
            return ToolFailure;
        }
    }
}
