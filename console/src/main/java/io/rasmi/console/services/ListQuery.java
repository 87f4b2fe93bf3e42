package io.rasmi.console.services;

import jakarta.ws.rs.QueryParam;

/**
 * The paging and filters of a service's list ({@code GET /content}, {@code /moderation-queue}, {@code /incidents},
 * account-service's {@code /staff} and {@code /devices}),
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
    private final Boolean active;

    private ListQuery(String state, String q, Boolean answered, String entity, int page, int size, Boolean active) {
        this.state = state;
        this.q = q;
        this.answered = answered;
        this.entity = entity;
        this.page = page;
        this.size = size;
        this.active = active;
    }

    /** The first page of {@code size} records, no filter. */
    public static ListQuery first(int size) {
        return new ListQuery(null, null, null, null, 0, size, null);
    }

    /** Only the records in {@code value} ({@code SUBMITTED}, {@code REPORTED}, ...); null for all. */
    public ListQuery inState(String value) {
        return new ListQuery(value, q, answered, entity, page, size, active);
    }

    /** Only the records that hold {@code words} (content's search); null for all. */
    public ListQuery holding(String words) {
        return new ListQuery(state, words, answered, entity, page, size, active);
    }

    /** Only the comments answered (true) or waiting (false); null for all (the moderation queue). */
    public ListQuery whereAnswered(Boolean value) {
        return new ListQuery(state, q, value, entity, page, size, active);
    }

    /** Only the records of entity {@code code} (the CERT's view of every entity); null for all. */
    public ListQuery ofEntity(String code) {
        return new ListQuery(state, q, answered, code, page, size, active);
    }

    /** The page {@code number}, from 0. */
    public ListQuery onPage(int number) {
        return new ListQuery(state, q, answered, entity, number, size, active);
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

    /** Only the members or devices still in service (true) or gone (false); null for all (account-service's unit). */
    public ListQuery whereActive(Boolean value) {
        return new ListQuery(state, q, answered, entity, page, size, value);
    }

    @QueryParam("active")
    public Boolean getActive() {
        return active;
    }
}
