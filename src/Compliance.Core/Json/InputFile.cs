using System;
using System.IO;
using Compliance.Diagnostics;

namespace Compliance.Json;

/// <summary>Reads an input file, turning every way it can fail into a located problem.</summary>
public static class InputFile
{
    public static bool TryReadAllBytes(string path, long maxBytes, string what, out byte[]? bytes, out JsonProblem? problem)
    {
        bytes = null;
        problem = null;
        var location = SourceSpan.WholeFile(path);
        try
        {
            if (Directory.Exists(path))
            {
                problem = new JsonProblem(location, $"the {what} path is a directory, not a file");
                return false;
            }
            var info = new FileInfo(path);
            if (!info.Exists)
            {
                problem = new JsonProblem(location, $"the {what} file does not exist");
                return false;
            }
            if (info.Length > maxBytes)
            {
                problem = new JsonProblem(location,
                    $"the {what} file is {info.Length:N0} bytes, over the limit of {maxBytes:N0} bytes (raise it with --max-file-size)");
                return false;
            }
            bytes = File.ReadAllBytes(path);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException or System.Security.SecurityException)
        {
            problem = new JsonProblem(location, $"the {what} file could not be read: {e.Message}");
            return false;
        }
    }
}
