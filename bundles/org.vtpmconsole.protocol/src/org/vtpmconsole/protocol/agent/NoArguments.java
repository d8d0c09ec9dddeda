package org.vtpmconsole.protocol.agent;

/** The body of an action without arguments: exactly {@code {}}, so a misspelt argument is refused, not ignored. */
public record NoArguments() {
}
