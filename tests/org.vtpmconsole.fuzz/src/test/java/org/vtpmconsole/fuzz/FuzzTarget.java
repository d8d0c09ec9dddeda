package org.vtpmconsole.fuzz;

/**
 * The fuzz targets, one per parser of another party's bytes: the name {@code releng/fuzz.sh} takes, the
 * {@code @FuzzTest} method, and where its committed inputs live (Jazzer's layout,
 * {@code <package>/<Class>Inputs/<method>/} under src/test/resources).
 * <p>
 * A new parser gets a {@code @FuzzTest} class next to it (same package, so package-private parsers are reachable),
 * a line here and seeds in {@link SeedCorpus}. Still to come: the gateway's sealed state blobs
 * (org.vtpmconsole.agent), CMS approvals, migration records and trail lines (docs/fuzzing.md).
 */
public enum FuzzTarget {
	LABEL("label", "org.vtpmconsole.label.LabelCodecFuzzTest", "decode"),
	QCOW2("qcow2-header", "org.vtpmconsole.label.qcow2.Qcow2HeaderFuzzTest", "parse"),
	CONTROL("control-request", "org.vtpmconsole.agent.swtpm.ControlRequestFuzzTest", "read"),
	FRAME("tpm-frame", "org.vtpmconsole.agent.swtpm.TpmFrameFuzzTest", "read"),
	PUBLIC_AREA("tpmt-public", "org.vtpmconsole.tpm.verify.TpmPublicAreaFuzzTest", "parse"),
	ATTESTATION("tpms-attest", "org.vtpmconsole.tpm.verify.AttestationFuzzTest", "parse"),
	JSON("json-body", "org.vtpmconsole.protocol.http.JsonBodyFuzzTest", "read");

	private final String name;
	private final String testClass;
	private final String method;

	FuzzTarget(String name, String testClass, String method) {
		this.name = name;
		this.testClass = testClass;
		this.method = method;
	}

	/** The committed inputs' directory, relative to src/test/resources. */
	public String inputsDirectory() {
		int dot = testClass.lastIndexOf('.');
		return testClass.substring(0, dot).replace('.', '/') + "/" + testClass.substring(dot + 1) + "Inputs/" + method;
	}

	/** One line per target for {@code releng/fuzz.sh}: name, class, method, inputs directory. */
	public static void main(String[] args) {
		for (FuzzTarget target : values()) {
			System.out.println(target.name + " " + target.testClass + " " + target.method + " " + target.inputsDirectory());
		}
	}
}
