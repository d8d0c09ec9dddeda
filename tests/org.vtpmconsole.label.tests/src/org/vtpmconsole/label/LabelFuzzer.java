package org.vtpmconsole.label;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * A seeded mutation fuzzer for {@link LabelCodec#decode(byte[])}: the only exception allowed out is
 * {@link LabelFormatException}, and every input that decodes must re-encode to exactly the same bytes.
 * Runs without OSGi: {@code java -cp LABEL_BUNDLE.jar:LABEL_TESTS.jar org.vtpmconsole.label.LabelFuzzer [COUNT] [SEED]}.
 */
public final class LabelFuzzer {
	private static final int[] INTERESTING_BYTES = { 0x00, 0x01, 0x02, 0x04, 0x0b, 0x0c, 0x14, 0x7f, 0x80, 0xff };
	private static final int[] INTERESTING_U16 = { 0x0000, 0x0001, 0x0004, 0x000b, 0x000c, 0x000d, 0x0014, 0x0020,
			0x0022, 0x0080, 0x0100, 0x0200, 0x0201, 0x7fff, 0x8000, 0xffff };

	private final List<byte[]> seeds;
	private final SplittableRandom random;

	/** What a run found; it only ends normally if nothing escaped. */
	record Report(long inputs, long decoded, Map<LabelFormatException.Kind, Long> refusals, long nanos) {

		double inputsPerSecond() {
			return inputs * 1e9 / nanos;
		}
	}

	LabelFuzzer(long seed) {
		this.seeds = SampleLabels.variety(seed).stream().map(Label::encode).toList();
		this.random = new SplittableRandom(seed);
	}

	public static void main(String[] args) {
		long count = args.length > 0 ? Long.parseLong(args[0]) : 1_000_000;
		long seed = args.length > 1 ? Long.parseLong(args[1]) : 20250601;
		Report report = new LabelFuzzer(seed).run(count);
		System.out.printf("label fuzz: %d inputs (seed %d) in %.1f s, %.0f inputs/s%n", report.inputs(), seed,
				report.nanos() / 1e9, report.inputsPerSecond());
		System.out.printf("  decoded and re-encoded identically: %d%n", report.decoded());
		report.refusals().forEach((kind, n) -> System.out.printf("  refused %-18s %d%n", kind, n));
		System.out.println("  escaped exceptions: 0, re-encoding mismatches: 0");
	}

	/** Decodes {@code count} mutated inputs; throws AssertionError with the input on the first violation. */
	Report run(long count) {
		Map<LabelFormatException.Kind, Long> refusals = new EnumMap<>(LabelFormatException.Kind.class);
		long decoded = 0;
		long start = System.nanoTime();
		for (long i = 0; i < count; i++) {
			byte[] input = mutate(seeds.get(random.nextInt(seeds.size())));
			try {
				byte[] again = LabelCodec.decode(input).encode();
				if (!Arrays.equals(input, again)) {
					throw new AssertionError("input " + i + " re-encodes differently: " + hex(input));
				}
				decoded++;
			} catch (LabelFormatException e) {
				refusals.merge(e.kind(), 1L, Long::sum);
			} catch (RuntimeException e) {
				throw new AssertionError("input " + i + " escaped with " + e + ": " + hex(input), e);
			}
		}
		return new Report(count, decoded, refusals, System.nanoTime() - start);
	}

	/** One to four stacked mutations: bit flips, byte sets, truncations, insertions, deletions, size and algorithm
	 * field changes, repetitions and splices with other labels. */
	byte[] mutate(byte[] seed) {
		byte[] input = seed;
		int rounds = 1 + random.nextInt(4);
		for (int r = 0; r < rounds; r++) {
			input = mutateOnce(input);
		}
		return input;
	}

	private byte[] mutateOnce(byte[] input) {
		if (input.length == 0) {
			return SampleLabels.bytes(random, random.nextInt(8));
		}
		int at = random.nextInt(input.length);
		byte[] out;
		switch (random.nextInt(9)) {
			case 0 -> {
				out = input.clone();
				out[at] ^= (byte) (1 << random.nextInt(8));
			}
			case 1 -> {
				out = input.clone();
				out[at] = (byte) INTERESTING_BYTES[random.nextInt(INTERESTING_BYTES.length)];
			}
			case 2 -> out = Arrays.copyOf(input, at);
			case 3 -> {
				byte[] inserted = SampleLabels.bytes(random, 1 + random.nextInt(8));
				out = splice(input, at, at, inserted);
			}
			case 4 -> out = splice(input, at, Math.min(input.length, at + 1 + random.nextInt(16)), new byte[0]);
			case 5 -> out = setU16(input, sizeFieldOrAlgorithm(input), INTERESTING_U16[random.nextInt(INTERESTING_U16.length)]);
			case 6 -> {
				int offset = sizeFieldOrAlgorithm(input);
				int current = offset + 1 < input.length ? (input[offset] & 0xff) << 8 | input[offset + 1] & 0xff : 0;
				out = setU16(input, offset, current + random.nextInt(-3, 4));
			}
			case 7 -> {
				out = new byte[input.length * (2 + random.nextInt(7))];
				for (int copy = 0; copy < out.length; copy += input.length) {
					System.arraycopy(input, 0, out, copy, input.length);
				}
			}
			default -> {
				byte[] other = seeds.get(random.nextInt(seeds.size()));
				int from = random.nextInt(other.length);
				out = splice(input, at, input.length, Arrays.copyOfRange(other, from, other.length));
			}
		}
		return out;
	}

	/** Offsets of the UINT16 fields (TPM2B sizes and algorithm ids), as far as the input's own sizes lead. */
	private int sizeFieldOrAlgorithm(byte[] input) {
		int[] fields = new int[9];
		int count = 0;
		int pos = LabelBytes.SECRET;
		boolean[] isTpm2b = { true, false, true, true, true, true, false, false, true };
		for (boolean tpm2b : isTpm2b) {
			if (pos + 2 > input.length) {
				break;
			}
			fields[count++] = pos;
			pos += 2 + (tpm2b ? (input[pos] & 0xff) << 8 | input[pos + 1] & 0xff : 0);
		}
		return count == 0 ? random.nextInt(input.length) : fields[random.nextInt(count)];
	}

	private static byte[] setU16(byte[] input, int offset, int value) {
		if (offset + 2 > input.length) {
			return input;
		}
		return LabelBytes.setU16(input, offset, value & 0xffff);
	}

	private static byte[] splice(byte[] input, int from, int to, byte[] replacement) {
		byte[] out = new byte[input.length - (to - from) + replacement.length];
		System.arraycopy(input, 0, out, 0, from);
		System.arraycopy(replacement, 0, out, from, replacement.length);
		System.arraycopy(input, to, out, from + replacement.length, input.length - to);
		return out;
	}

	private static String hex(byte[] input) {
		return HexFormat.of().formatHex(input);
	}
}
