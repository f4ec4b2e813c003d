package org.openaiboot.client.conformance;

import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Makes a string that a simple regular expression matches, as the {@code pattern}s of the
 * OpenAI spec are: anchors, literal characters, escapes ({@code \d}, {@code \w},
 * {@code \.}), character classes with ranges, and the quantifiers {@code ? * +},
 * {@code {n}} and {@code {n,m}}, each repeated as few times as allowed (once for
 * {@code +}). Groups and alternatives are beyond it.
 */
final class PatternSample {

	private PatternSample() {
	}

	/**
	 * A string the pattern matches.
	 * @param pattern the regular expression
	 * @return the string, or {@code null} if the pattern is beyond this sampler or the
	 * string it made does not match
	 */
	static @Nullable String sample(String pattern) {
		StringBuilder sample = new StringBuilder();
		int i = 0;
		while (i < pattern.length()) {
			char c = pattern.charAt(i);
			String atom;
			if (c == '^' || c == '$') {
				i++;
				continue;
			}
			if (c == '(' || c == ')' || c == '|') {
				return null;
			}
			if (c == '[') {
				int end = pattern.indexOf(']', i + 2);
				if (end < 0) {
					return null;
				}
				atom = firstOfClass(pattern.substring(i + 1, end));
				i = end + 1;
			}
			else if (c == '\\' && i + 1 < pattern.length()) {
				atom = escaped(pattern.charAt(i + 1));
				i += 2;
			}
			else if (c == '.') {
				atom = "a";
				i++;
			}
			else {
				atom = String.valueOf(c);
				i++;
			}
			int times = 1;
			if (i < pattern.length()) {
				char quantifier = pattern.charAt(i);
				if (quantifier == '?' || quantifier == '*') {
					times = 0;
					i++;
				}
				else if (quantifier == '+') {
					i++;
				}
				else if (quantifier == '{') {
					int end = pattern.indexOf('}', i);
					if (end < 0) {
						return null;
					}
					times = Integer.parseInt(pattern.substring(i + 1, end).split(",")[0].trim());
					i = end + 1;
				}
			}
			if (atom == null) {
				return null;
			}
			sample.append(atom.repeat(times));
		}
		String result = sample.toString();
		return Pattern.compile(pattern).matcher(result).find() ? result : null;
	}

	private static @Nullable String firstOfClass(String members) {
		if (members.startsWith("^") || members.isEmpty()) {
			return null;
		}
		char first = members.charAt(0);
		return (first == '\\' && members.length() > 1) ? escaped(members.charAt(1)) : String.valueOf(first);
	}

	private static @Nullable String escaped(char c) {
		return switch (c) {
			case 'd' -> "0";
			case 'w' -> "a";
			case 's' -> " ";
			default -> Character.isLetterOrDigit(c) ? null : String.valueOf(c);
		};
	}

}
