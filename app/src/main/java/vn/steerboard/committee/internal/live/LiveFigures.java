package vn.steerboard.committee.internal.live;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.http.MediaType;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import vn.steerboard.common.FiguresChanged;

/**
 * Server-sent events telling open overview and scorecard pages that a figure changed, after the
 * change is committed. Pages then re-fetch their own fragments, with their own permissions, so the
 * stream itself carries nothing confidential and can be public.
 */
@RestController
class LiveFigures {

    private static final long NEVER_TIME_OUT = 0L;

    private final List<SseEmitter> subscribers = new CopyOnWriteArrayList<>();

    @GetMapping(path = "/live/figures", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    SseEmitter subscribe() {
        SseEmitter emitter = new SseEmitter(NEVER_TIME_OUT);
        subscribers.add(emitter);
        emitter.onCompletion(() -> subscribers.remove(emitter));
        emitter.onTimeout(() -> subscribers.remove(emitter));
        emitter.onError(error -> subscribers.remove(emitter));
        send(emitter, SseEmitter.event().name("ready").data(Map.of()));
        return emitter;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(FiguresChanged change) {
        Map<String, String> data = change.unitCode() == null ? Map.of("area", change.area())
                : Map.of("area", change.area(), "unit", change.unitCode());
        for (SseEmitter emitter : subscribers) {
            send(emitter, SseEmitter.event().name("figures").data(data, MediaType.APPLICATION_JSON));
        }
    }

    /** A comment every 25 s keeps proxies from closing idle streams and drops dead subscribers. */
    @Scheduled(fixedDelay = 25_000)
    void keepAlive() {
        for (SseEmitter emitter : subscribers) {
            send(emitter, SseEmitter.event().comment("keep-alive"));
        }
    }

    /**
     * Open streams end when the application stops: a graceful shutdown waits for running requests, and an
     * open stream is one, so without this every stop would wait out the shutdown timeout.
     */
    @EventListener(ContextClosedEvent.class)
    void closeStreams() {
        for (SseEmitter emitter : subscribers) {
            emitter.complete();
        }
        subscribers.clear();
    }

    int subscriberCount() {
        return subscribers.size();
    }

    private void send(SseEmitter emitter, SseEmitter.SseEventBuilder event) {
        try {
            emitter.send(event);
        } catch (IOException | IllegalStateException gone) {
            subscribers.remove(emitter);
        }
    }
}
