package org.vtpmconsole.agent.unix;

/** What the kernel recorded about the process at the other end of a unix socket when it connected (SO_PEERCRED). */
public record PeerCredentials(int pid, int uid, int gid) {
}
