using System;
using System.IO;
using Compliance.Diagnostics;

namespace Compliance.Json;

/// <summary>
/// Reads an input file whole, turning every way it can fail into a problem. Memory is bounded by the limit given,
/// whatever the file claims to be: a device such as /dev/zero reports no length and is read only up to the limit.
/// </summary>
public static class InputFile
{
    /// <summary>The largest file a byte array can hold (about 2 GiB), whatever limit is asked for.</summary>
    public const long MaxReadableBytes = 0x7FFFFFC7;

    public static bool TryReadAllBytes(string path, long maxBytes, string what, out byte[]? bytes, out JsonProblem? problem)
    {
        bytes = null;
        problem = null;
        var wholeFile = SourceSpan.WholeFile(path);
        var start = new SourceSpan(path, 1, 1, 1, 1, 0, 0);
        long limit = Math.Min(maxBytes, MaxReadableBytes);
        try
        {
            if (Directory.Exists(path))
            {
                problem = new JsonProblem(wholeFile, $"the {what} path is a directory, not a file");
                return false;
            }
            var info = new FileInfo(path);
            if (!info.Exists)
            {
                problem = new JsonProblem(wholeFile, $"the {what} file does not exist");
                return false;
            }
            if (info.Length > limit)
            {
                problem = new JsonProblem(start, info.Length > maxBytes
                    ? $"the {what} file is {info.Length:N0} bytes, over the limit of {maxBytes:N0} bytes (raise it with --max-file-size)"
                    : $"the {what} file is {info.Length:N0} bytes; files over {MaxReadableBytes:N0} bytes cannot be read");
                return false;
            }
            bytes = ReadAtMost(path, info.Length, limit);
            if (bytes is null)
            {
                problem = new JsonProblem(start, $"the {what} file is larger than the limit of {limit:N0} bytes (raise it with --max-file-size)");
                return false;
            }
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException or System.Security.SecurityException)
        {
            problem = new JsonProblem(wholeFile, $"the {what} file could not be read: {e.Message}");
            return false;
        }
    }

    /// <summary>The file's bytes, or null if there are more than <paramref name="limit"/>.</summary>
    private static byte[]? ReadAtMost(string path, long expectedLength, long limit)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, bufferSize: 1);
        var buffer = new byte[expectedLength];
        int length = Fill(stream, buffer, 0);
        // Devices report no length and files can grow while read: take what follows, but never past the limit.
        while (length == buffer.Length)
        {
            int next = stream.ReadByte();
            if (next < 0) break;
            if (buffer.Length >= limit) return null;
            Array.Resize(ref buffer, (int)Math.Min(Math.Max(buffer.Length * 2L, 4096), limit));
            buffer[length++] = (byte)next;
            length = Fill(stream, buffer, length);
        }
        if (length < buffer.Length) Array.Resize(ref buffer, length);
        return buffer;
    }

    private static int Fill(Stream stream, byte[] buffer, int length)
    {
        int read;
        while (length < buffer.Length && (read = stream.Read(buffer, length, buffer.Length - length)) > 0) length += read;
        return length;
    }
}
