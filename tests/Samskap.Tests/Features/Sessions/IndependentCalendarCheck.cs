using System.Diagnostics;

namespace Samskap.Tests.Features.Sessions;

/// <summary>
/// A second opinion on our .ics files from a parser that shares no code with Ical.Net: Python's
/// icalendar, from Debian's packages. It parses the file, checks the fields RFC 5545 requires,
/// and prints "ok" or what is wrong.
/// </summary>
public static class IndependentCalendarCheck
{
    private const string Script = """
        import sys
        from icalendar import Calendar
        cal = Calendar.from_ical(sys.stdin.read())
        problems = []
        if cal.get('VERSION') != '2.0': problems.append('VERSION')
        if not cal.get('PRODID'): problems.append('PRODID')
        zones = [c for c in cal.walk('VTIMEZONE')]
        if [str(z.get('TZID')) for z in zones] != ['Europe/Oslo']: problems.append('VTIMEZONE')
        for event in cal.walk('VEVENT'):
            for field in ('UID', 'DTSTAMP', 'DTSTART', 'DTEND', 'SUMMARY', 'SEQUENCE', 'STATUS', 'URL'):
                if event.get(field) is None: problems.append(field)
            start = event.decoded('DTSTART'); end = event.decoded('DTEND')
            if str(event['DTSTART'].params.get('TZID')) != 'Europe/Oslo': problems.append('DTSTART TZID')
            if not end > start: problems.append('DTEND before DTSTART')
        print('ok' if not problems else ' '.join(problems))
        """;

    public sealed record Result(bool Ran, string Output);

    public static async Task<Result> RunAsync(string ics)
    {
        var start = new ProcessStartInfo("/usr/bin/python3", ["-c", Script])
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        await process.StandardInput.WriteAsync(ics);
        process.StandardInput.Close();
        var output = await process.StandardOutput.ReadToEndAsync();
        var error = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return error.Contains("No module named 'icalendar'", StringComparison.Ordinal)
            ? new Result(false, error)
            : new Result(true, process.ExitCode == 0 ? output.Trim() : error.Trim());
    }
}
