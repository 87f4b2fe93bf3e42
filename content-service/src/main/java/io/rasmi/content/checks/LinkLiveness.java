package io.rasmi.content.checks;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.CompletableFuture;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * Whether a link answers (G7.3.e): a HEAD request with a short timeout, redirects followed (never from https to
 * http). A response counts as an answer unless it is 404, 410 or a server error; no response at all (no such host,
 * refused, timed out) does not. Answers are remembered in this process for a while: an optimisation only, so two
 * replicas may each ask once.
 */
@ApplicationScoped
public class LinkLiveness {

    private final ChecksConfig.Links config;
    private final HttpClient client;
    private final Cache<String, Boolean> answers;

    @Inject
    public LinkLiveness(ChecksConfig config) {
        this.config = config.links();
        this.client = HttpClient.newBuilder().connectTimeout(this.config.timeout())
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        this.answers = Caffeine.newBuilder().expireAfterWrite(this.config.cacheTtl())
                .maximumSize(this.config.cacheSize()).build();
    }

    /** Whether {@code url} answers; completes within the timeout, never exceptionally. */
    public CompletableFuture<Boolean> answers(String url) {
        Boolean known = answers.getIfPresent(url);
        if (known != null) {
            return CompletableFuture.completedFuture(known);
        }
        HttpRequest request;
        try {
            request = HttpRequest.newBuilder(URI.create(url)).method("HEAD", HttpRequest.BodyPublishers.noBody())
                    .timeout(config.timeout()).header("User-Agent", "Rasmi link check").build();
        } catch (IllegalArgumentException unusable) {
            return CompletableFuture.completedFuture(false);
        }
        return client.sendAsync(request, HttpResponse.BodyHandlers.discarding())
                .thenApply(response -> answered(response.statusCode()))
                .exceptionally(failure -> false)
                .thenApply(answered -> {
                    answers.put(url, answered);
                    return answered;
                });
    }

    static boolean answered(int status) {
        return status < 400 || (status < 500 && status != 404 && status != 410);
    }
}
