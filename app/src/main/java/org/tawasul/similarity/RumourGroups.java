package org.tawasul.similarity;

/**
 * Groups monitored content by rumour: two texts that say the same thing (near-duplicates after normalisation, in
 * Arabic, Darija, Arabizi or French) land in the same group. Assignments are durable: the index is rebuilt from
 * PostgreSQL on start, so an item keeps its group across restarts. Thread-safe.
 */
public interface RumourGroups {

	/**
	 * Puts an item in the group of its nearest near-duplicate, or in a new group of its own. Assigning an item
	 * that was already assigned returns its existing group unchanged (idempotent).
	 *
	 * @param itemId the caller's stable id of the item
	 * @param text what the item says
	 */
	GroupAssignment assign(String itemId, String text);

	/** An item to group: the caller's id and its text. */
	record Item(String itemId, String text) {
	}

	/**
	 * Assigns a batch in order (an item may join a group founded earlier in the same batch), storing the
	 * assignments in one round trip; returns one assignment per item, in the same order.
	 */
	java.util.List<GroupAssignment> assignAll(java.util.List<Item> items);
}
