/**
 * The one lock order of every Rasmi service, so that two transactions never wait for each other in a circle
 * (PostgreSQL would abort one of them, and a consumer's aborted delivery ends on its dead-letter topic):
 * <ol>
 * <li><b>Records first.</b> Lock every record the use case will change before changing any of them. Several
 * records of one kind: in id order, in one statement, with {@link io.rasmi.platform.locking.RecordLocks}.</li>
 * <li><b>The audit chain last.</b> {@link io.rasmi.platform.audit.AuditTrail#record} locks its entity's chain
 * until the transaction ends; lock no record after it. Several chains: in the order of their names.</li>
 * </ol>
 * The outbox takes no lock: its rows are only inserted.
 */
package io.rasmi.platform.locking;
