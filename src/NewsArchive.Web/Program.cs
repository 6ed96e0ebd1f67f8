var builder = WebApplication.CreateBuilder(args);
var app = builder.Build();
app.MapGet("/", () => "NewsArchive");
app.Run();

public partial class Program;
