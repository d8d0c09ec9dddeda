package org.vtpmconsole.agent.config;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * Where the agent's API finds its mutual-TLS material. Only the password's source is named here, never the
 * password itself.
 *
 * @param identity     the agent's PKCS#12 identity ({@code vtpmctl ca issue-server})
 * @param passwordFile the file holding the identity's password, or
 * @param passwordEnv  the environment variable holding it (exactly one of the two)
 * @param root         the fleet root certificate (DER or PEM), the only trust anchor
 * @param crl          the fleet CRL file (DER or PEM), re-read when it changes, kept current from the CA with
 * @param caUrl        the CA's URL, where the agent fetches newer CRLs itself (empty: the file is refreshed by hand)
 * @param crlRefresh   the longest time between two fetches (sooner at the held CRL's half-life)
 */
public record ApiTls(Path identity, Optional<Path> passwordFile, Optional<String> passwordEnv, Path root, Path crl,
		Optional<URI> caUrl, Duration crlRefresh) {
}
