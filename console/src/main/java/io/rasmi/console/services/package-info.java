/**
 * The services' REST APIs as the console calls them: one client interface per service, each with only the
 * operations the console's screens use, each call made as the signed-in user ({@code UserTokenHeaders}) and each
 * problem answer turned into a {@code ServiceProblemException}. A new screen adds its operations here.
 */
package io.rasmi.console.services;
