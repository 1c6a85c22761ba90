package org.majlis.query;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * A keyset cursor: the order it belongs to and the last item's sort keys, its id last. Opaque to clients (URL-safe
 * Base64); each value is written with its type (text, integer, date, or null) and its length.
 */
record Cursor(String order, List<Object> keys) {

	static String encode(String order, List<?> keys) {
		StringBuilder out = new StringBuilder();
		write(out, order);
		for (Object key : keys) {
			switch (key) {
				case null -> out.append('_');
				case Number number -> out.append('i').append(number.longValue()).append(';');
				case LocalDate date -> out.append('d').append(date).append(';');
				default -> {
					out.append('s');
					write(out, key.toString());
				}
			}
		}
		return Base64.getUrlEncoder().withoutPadding().encodeToString(out.toString().getBytes(StandardCharsets.UTF_8));
	}

	/** The cursor, checked to belong to this order and to hold {@code size} keys. */
	static Cursor decode(String cursor, String order, int size) {
		try {
			String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
			int[] at = { 0 };
			String ownOrder = read(text, at);
			List<Object> keys = new ArrayList<>();
			while (at[0] < text.length()) {
				char type = text.charAt(at[0]++);
				keys.add(switch (type) {
					case '_' -> null;
					case 'i' -> Long.parseLong(until(text, at));
					case 'd' -> LocalDate.parse(until(text, at));
					case 's' -> read(text, at);
					default -> throw new IllegalArgumentException();
				});
			}
			if (!ownOrder.equals(order) || keys.size() != size) {
				throw new IllegalArgumentException("after is a cursor of another list or order; page on with the cursors of this one");
			}
			return new Cursor(ownOrder, keys);
		}
		catch (IllegalArgumentException | IndexOutOfBoundsException | java.time.DateTimeException ex) {
			if (ex.getMessage() != null && ex.getMessage().startsWith("after is")) {
				throw ex;
			}
			throw new IllegalArgumentException("after is not a cursor of this list: use an endCursor or cursor it returned");
		}
	}

	private static void write(StringBuilder out, String value) {
		out.append(value.length()).append(':').append(value);
	}

	private static String read(String text, int[] at) {
		int colon = text.indexOf(':', at[0]);
		int length = Integer.parseInt(text.substring(at[0], colon));
		String value = text.substring(colon + 1, colon + 1 + length);
		at[0] = colon + 1 + length;
		return value;
	}

	private static String until(String text, int[] at) {
		int end = text.indexOf(';', at[0]);
		String value = text.substring(at[0], end);
		at[0] = end + 1;
		return value;
	}
}
