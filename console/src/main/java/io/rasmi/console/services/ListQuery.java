package io.rasmi.console.services;

import jakarta.ws.rs.QueryParam;

/**
 * The paging and filters of a service's list ({@code GET /content}, {@code /moderation-queue}, {@code /incidents}),
 * written once for every REST client that asks for one: {@code @BeanParam ListQuery query}. A filter left null is
 * not sent, so the service applies none; each list reads only the filters it knows. Immutable: each {@code with}
 * gives a new query. (A class with getters, not a record: the REST client reads a bean parameter's values through
 * {@code get...} methods.)
 */
public final class ListQuery {

    private final String state;
    private final String q;
    private final Boolean answered;
    private final String entity;
    private final int page;
    private final int size;

    private ListQuery(String state, String q, Boolean answered, String entity, int page, int size) {
        this.state = state;
        this.q = q;
        this.answered = answered;
        this.entity = entity;
        this.page = page;
        this.size = size;
    }

    /** The first page of {@code size} records, no filter. */
    public static ListQuery first(int size) {
        return new ListQuery(null, null, null, null, 0, size);
    }

    /** Only the records in {@code value} ({@code SUBMITTED}, {@code REPORTED}, ...); null for all. */
    public ListQuery inState(String value) {
        return new ListQuery(value, q, answered, entity, page, size);
    }

    /** Only the records that hold {@code words} (content's search); null for all. */
    public ListQuery holding(String words) {
        return new ListQuery(state, words, answered, entity, page, size);
    }

    /** Only the comments answered (true) or waiting (false); null for all (the moderation queue). */
    public ListQuery whereAnswered(Boolean value) {
        return new ListQuery(state, q, value, entity, page, size);
    }

    /** Only the records of entity {@code code} (the CERT's view of every entity); null for all. */
    public ListQuery ofEntity(String code) {
        return new ListQuery(state, q, answered, code, page, size);
    }

    /** The page {@code number}, from 0. */
    public ListQuery onPage(int number) {
        return new ListQuery(state, q, answered, entity, number, size);
    }

    @QueryParam("state")
    public String getState() {
        return state;
    }

    @QueryParam("q")
    public String getQ() {
        return q;
    }

    @QueryParam("answered")
    public Boolean getAnswered() {
        return answered;
    }

    @QueryParam("entity")
    public String getEntity() {
        return entity;
    }

    @QueryParam("page")
    public int getPage() {
        return page;
    }

    @QueryParam("size")
    public int getSize() {
        return size;
    }
}
