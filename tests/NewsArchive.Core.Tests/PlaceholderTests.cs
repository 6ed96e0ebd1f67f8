namespace NewsArchive.Core.Tests;
