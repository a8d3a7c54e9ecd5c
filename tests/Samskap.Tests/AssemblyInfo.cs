using Samskap.Tests.Support;

[assembly: AssemblyFixture(typeof(Apps))]
