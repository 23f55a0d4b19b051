namespace KisTrader.Silo.Tests.Deployment;

/// <summary>docker-compose.yml's <c>backup</c> service: deploy/backup.sh daily against the cluster's own database.</summary>
public sealed class BackupComposeTests
{
    private static readonly ComposeFile Compose = ComposeFile.Load();

    [Fact]
    public void BackupService_ComposeFile_RunsTheDailyScriptWithTheDatabasesImageAndConnection()
    {
        Assert.Equal(Compose.Get("postgres", "image"), Compose.Get("backup", "image"));
        Assert.Equal(["bash", "/opt/kistrader/deploy/backup.sh"], Compose.List("backup", "entrypoint"));
        Assert.Equal(["daily"], Compose.List("backup", "command"));
        Assert.Equal(new Dictionary<string, string> { ["postgres"] = "service_healthy" }, Compose.DependsOn("backup"));
        Assert.Contains("./deploy:/opt/kistrader/deploy:ro", Compose.List("backup", "volumes"));
        Assert.Contains("backups:/backups", Compose.List("backup", "volumes"));
        Assert.Contains("backups", Compose.VolumeNames);

        var environment = Compose.Environment("backup");
        Assert.Equal(Compose.Environment("silo1")["ConnectionStrings__KisTrader"], environment["ConnectionStrings__KisTrader"]);
        Assert.Equal("/backups", environment["KISTRADER_BACKUP_DIR"]);
        // After the 18:05 reconciliation (KST) by default.
        Assert.Equal("18:30", environment["KISTRADER_BACKUP_AT"]);
        Assert.Empty(Compose.List("backup", "ports"));
        Assert.Equal(["CMD", "bash", "/opt/kistrader/deploy/backup.sh", "check"], Compose.HealthCheck("backup"));
    }
}
