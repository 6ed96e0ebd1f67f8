namespace NewsArchive.Web.Tests;
