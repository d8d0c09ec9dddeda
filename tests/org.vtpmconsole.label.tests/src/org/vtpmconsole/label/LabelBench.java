package org.vtpmconsole.label;

/**
 * Prints how long decoding a typical label takes. Without OSGi:
 * {@code java -cp LABEL_BUNDLE.jar:LABEL_TESTS.jar org.vtpmconsole.label.LabelBench [ROUNDS]}.
 */
public final class LabelBench {

	private LabelBench() {
	}

	public static void main(String[] args) throws LabelFormatException {
		int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 2_000_000;
		byte[] encoded = SampleLabels.typical(7).encode();
		long sink = 0;
		// Warm-up lets the JIT compile decode before the measured rounds.
		for (int i = 0; i < rounds / 4; i++) {
			sink += LabelCodec.decode(encoded).status().code();
		}
		long start = System.nanoTime();
		for (int i = 0; i < rounds; i++) {
			sink += LabelCodec.decode(encoded).status().code();
		}
		double micros = (System.nanoTime() - start) / 1e3 / rounds;
		System.out.printf("label decode: %d bytes, %d rounds, %.3f µs/label (checksum %d)%n", encoded.length, rounds,
				micros, sink);
	}
}
