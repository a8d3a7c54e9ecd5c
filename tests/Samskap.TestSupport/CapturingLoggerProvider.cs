using Microsoft.Extensions.Logging;

namespace Samskap.TestSupport;

/// <summary>Keeps every log entry written through it, with its values and exception, so a test can check what the log holds.</summary>
public sealed class CapturingLoggerProvider : ILoggerProvider
{
    private readonly Lock _lock = new();
    private readonly List<CapturedLog> _entries = [];

    public IReadOnlyList<CapturedLog> Entries
    {
        get
        {
            lock (_lock)
            {
                return [.. _entries];
            }
        }
    }

    /// <summary>All of the log as one text: each entry's category, message, values and exception.</summary>
    public string AllText => string.Join('\n', Entries.Select(entry => entry.ToString()));

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    /// <summary>Nothing to release; the entries stay readable after the app has stopped.</summary>
    public void Dispose()
    {
    }

    private void Add(CapturedLog entry)
    {
        lock (_lock)
        {
            _entries.Add(entry);
        }
    }

    private sealed class Logger(CapturingLoggerProvider provider, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var values = state as IEnumerable<KeyValuePair<string, object?>> ?? [];
            provider.Add(new CapturedLog(
                category,
                logLevel,
                formatter(state, exception),
                values.Select(value => $"{value.Key}={value.Value}").ToList(),
                exception?.ToString()));
        }
    }
}

/// <summary>One log entry as it was written.</summary>
public sealed record CapturedLog(string Category, LogLevel Level, string Message, IReadOnlyList<string> Values, string? Exception)
{
    public override string ToString() => $"{Category} {Level}: {Message} [{string.Join("; ", Values)}] {Exception}";
}
