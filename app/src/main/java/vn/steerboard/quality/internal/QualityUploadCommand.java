package vn.steerboard.quality.internal;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code quality upload}: posts a scan's JSON report to the server, signed with the agency's API token. Only
 * the report travels: counts, ratios, scores and masked examples.
 */
@Command(name = "upload", mixinStandardHelpOptions = true, description = "Upload a scan report (JSON) to Steerboard.")
public class QualityUploadCommand implements Callable<Integer> {

    @Option(names = "--server", defaultValue = "http://localhost:8080", description = "Steerboard's address") URI server;
    @Option(names = "--source", required = true, description = "the data source's id in Steerboard") long source;
    @Option(names = "--report", required = true, description = "the JSON report written by 'quality scan --json'") Path report;
    @Option(names = "--token", description = "API token (or env STEERBOARD_TOKEN)") String token;

    @Override
    public Integer call() throws Exception {
        String secret = token != null ? token : System.getenv("STEERBOARD_TOKEN");
        if (secret == null || secret.isBlank()) {
            System.err.println("An API token is required: --token or STEERBOARD_TOKEN");
            return 2;
        }
        HttpRequest request = HttpRequest.newBuilder(server.resolve("/api/quality/sources/" + source + "/scans/upload"))
                .header("Authorization", "Bearer " + secret).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofFile(report)).build();
        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        System.out.println(response.statusCode() + " " + response.body());
        return response.statusCode() / 100 == 2 ? 0 : 1;
    }
}
