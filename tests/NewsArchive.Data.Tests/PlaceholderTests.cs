namespace NewsArchive.Data.Tests;
