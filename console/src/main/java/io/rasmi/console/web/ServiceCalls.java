package io.rasmi.console.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.ProcessingException;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

import org.eclipse.microprofile.context.ManagedExecutor;
import org.jboss.logging.Logger;

/**
 * How a page calls a service as the signed-in user, written once. Every call ends in one of three ways, and each
 * method here says what the page shows for each:
 * <ul>
 * <li>{@link #record}: the record a page is about. A 404 (another entity's record, or none) is the console's
 * not-found page; another refusal is the error page with the service's words; no answer is the 503 page
 * ({@link ErrorPages}).</li>
 * <li>{@link #read} and {@link #act}: a list, figures or an action from a form. A refusal becomes {@link FormErrors}
 * beside the fields it names (or above the form); no answer becomes the "service unavailable" box. The page
 * still renders, with what was typed.</li>
 * <li>{@link #optional}: something the page can do without (a form's choices, a side panel): the fallback, and a
 * line in the log.</li>
 * </ul>
 * "No answer" is the REST client's {@link ProcessingException} (refused connection, time-out); any other exception
 * is the page's own (a form value it could not read, say) and goes on to the page's caller.
 * <p>
 * {@link #start} runs a read on another worker thread with this request's user, token and language, so a page that
 * needs several services' answers waits for the slowest, not for their sum; hand its supplier to the methods above.
 * For example, a page with its list and a form's choices:
 * <pre>{@code
 * Supplier<List<Member>> staff = calls.start(() -> accounts.staff(true, 200).items()); // asked now, on a worker
 * ServiceCalls.Answer<Devices> devices = calls.read("account-service", () -> accounts.devices(0, 50));
 * return pages.show(Templates.list(pages.page(), devices.valueOr(Devices.NONE),
 *         calls.optional("staff for the form", staff, List.of()), devices.errors()));
 * }</pre>
 * Start only reads (an action runs on the page's own thread, so its refusal lands on its form). A read started and
 * never waited for (the page stopped at a 404, say) finishes on its own and its answer is dropped.
 */
@RequestScoped
public class ServiceCalls {

    private static final Logger LOG = Logger.getLogger(ServiceCalls.class);

    @Inject
    Pages pages;

    @Inject
    ManagedExecutor workers;

    /**
     * What a read gave: its value, or none and the errors that say why ({@link FormErrors#NONE} when it worked);
     * {@code status} is the service's refusal status (412, 429, ...), 0 when it worked or could not be reached.
     */
    public record Answer<T>(T value, FormErrors errors, int status) {

        public boolean ok() {
            return !errors.any();
        }

        public T valueOr(T fallback) {
            return ok() && value != null ? value : fallback;
        }

        /** The same failure as an answer of another type (a second read that is not made after the first failed). */
        public <U> Answer<U> failed() {
            return new Answer<>(null, errors, status);
        }
    }

    /** The record the page is about; a 404 becomes the not-found page, no answer the 503 page. */
    public <T> T record(String service, Supplier<T> read) {
        try {
            return read.get();
        } catch (ServiceProblemException problem) {
            if (problem.status() == 404) {
                throw new NotFoundException();
            }
            throw problem; // ErrorPages shows it in the user's language
        }
        // a ProcessingException (no answer) goes on to ErrorPages, which shows the 503 page

    }

    /** A list or figures shown above a box that names no field of a form. */
    public <T> Answer<T> read(String service, Supplier<T> read) {
        return read(service, read, Set.of());
    }

    /** A read (or an action that answers something): its value, or its refusal laid over a form of {@code fields}. */
    public <T> Answer<T> read(String service, Supplier<T> read, Set<String> fields) {
        try {
            return new Answer<>(read.get(), FormErrors.NONE, 0);
        } catch (ServiceProblemException problem) {
            return new Answer<>(null, FormErrors.of(problem.problem(), fields), problem.status());
        } catch (ProcessingException unreachable) {
            return new Answer<>(null, unavailable(service, unreachable), 0);
        }
    }

    /** An action from a form: {@link FormErrors#NONE} when it was done, else why not, beside {@code fields}. */
    public FormErrors act(String service, Runnable action, Set<String> fields) {
        return read(service, () -> {
            action.run();
            return Boolean.TRUE;
        }, fields).errors();
    }

    /** What the page can do without: {@code fallback} when the service refuses or cannot be reached. */
    public <T> T optional(String service, Supplier<T> read, T fallback) {
        try {
            T value = read.get();
            return value == null ? fallback : value;
        } catch (RuntimeException unavailable) {
            LOG.warnf("%s: a part of the page is left out: %s %s", service, unavailable.getClass().getSimpleName(),
                    unavailable.getMessage());
            return fallback;
        }
    }

    /** The "service unavailable" box, in the user's language; the cause goes to the log only. */
    public FormErrors unavailable(String service, RuntimeException cause) {
        LOG.warnf("%s unavailable: %s %s", service, cause.getClass().getSimpleName(), cause.getMessage());
        return FormErrors.general(pages.messages().service_unavailable());
    }

    /**
     * Starts {@code read} now on a worker thread that carries this request's context (the user's token and
     * language reach the service as from the page's own thread); the supplier returned waits for its answer and
     * throws what the read threw, so it goes to {@link #read}, {@link #record} or {@link #optional} like any read.
     */
    public <T> Supplier<T> start(Supplier<T> read) {
        CompletableFuture<T> running = workers.supplyAsync(read);
        return () -> {
            try {
                return running.join();
            } catch (CompletionException failed) {
                if (failed.getCause() instanceof RuntimeException cause) {
                    throw cause;
                }
                throw failed;
            }
        };
    }
}
