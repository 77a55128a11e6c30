namespace Akhbar.Cli;

/// <summary>A command line that parses but makes no sense (for example --id with a JSON Lines input): exit code 2.</summary>
public sealed class CliUsageException(string message) : Exception(message);
