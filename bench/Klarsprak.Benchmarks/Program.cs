using BenchmarkDotNet.Running;
using Klarsprak.Benchmarks;

// Arguments go to BenchmarkDotNet, e.g. --artifacts DIR, --filter '*Analyser*', --job dry.
BenchmarkRunner.Run<KlarsprakBenchmarks>(args: args);
