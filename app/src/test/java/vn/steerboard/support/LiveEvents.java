package vn.steerboard.support;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * An open {@code /live/figures} stream, as a page holds it, over real HTTP: its lines are read on a thread of
 * their own, and a test waits for the next one containing some text, up to a generous bound that only guards
 * against a test hanging (it measures nothing).
 */
public final class LiveEvents implements AutoCloseable {

    public static final Duration BOUND = Duration.ofSeconds(30);

    private final HttpResponse<Stream<String>> response;
    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();

    private LiveEvents(HttpResponse<Stream<String>> response) {
        this.response = response;
        Thread reader = new Thread(() -> {
            try {
                response.body().forEach(lines::add);
            } catch (RuntimeException closed) {
                // the stream was closed by the test or the server
            }
        }, "live-events-reader");
        reader.setDaemon(true);
        reader.start();
    }

    /** Subscribed once the server's first event ("ready") has arrived, so nothing later is missed. */
    public static LiveEvents open(int port) throws Exception {
        HttpResponse<Stream<String>> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/live/figures")).header("Accept", "text/event-stream").GET().build(),
                HttpResponse.BodyHandlers.ofLines());
        LiveEvents events = new LiveEvents(response);
        events.next("ready");
        return events;
    }

    /** The next line containing {@code text}; lines before it are consumed. */
    public String next(String text) throws InterruptedException {
        long until = System.nanoTime() + BOUND.toNanos();
        while (System.nanoTime() < until) {
            String line = lines.poll(1, TimeUnit.SECONDS);
            if (line != null && line.contains(text)) {
                return line;
            }
        }
        throw new AssertionError("no live event containing " + text + " within " + BOUND.toSeconds() + " s");
    }

    @Override
    public void close() {
        response.body().close();
    }
}
