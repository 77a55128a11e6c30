namespace Akhbar.Core.Diagnostics;

/// <summary>
/// Input that Akhbar cannot analyze. The message is one line meant for the user; the CLI prints it and
/// exits with code 1 instead of showing a stack trace.
/// </summary>
public sealed class BadInputException(string code, string message) : Exception(message)
{
    public string Code { get; } = code;
}
