package org.tawasul.reporting.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.web.multipart.MultipartFile;
import org.tawasul.reporting.internal.ReportInput;

/**
 * The report form as the browser sends it (and as it is shown again when something must be corrected). Links are
 * typed one per line. {@code website} is the hidden trap for bots; {@code idempotencyKey} is set when the form is
 * shown, so that sending it twice (a double click, a reload) files one report.
 */
public class ReportForm {

	private @Nullable String category;

	private @Nullable String description;

	private @Nullable String postText;

	private @Nullable String links;

	private @Nullable String platform;

	private @Nullable String seenAt;

	private @Nullable String region;

	private @Nullable String email;

	private @Nullable String phone;

	private @Nullable String website;

	private @Nullable String idempotencyKey;

	private List<MultipartFile> files = new ArrayList<>();

	ReportInput input(String language) {
		List<String> linkList = links == null ? List.of()
				: Arrays.stream(links.split("\\R")).map(String::strip).filter(l -> !l.isEmpty()).toList();
		return new ReportInput(category, description, postText, linkList, platform, seenAt, language, region, email,
				phone);
	}

	/** Everything typed, in a fixed order: tells a resent form from a changed one. */
	String canonical() {
		return String.join("\u001f", String.valueOf(category), String.valueOf(description), String.valueOf(postText),
				String.valueOf(links), String.valueOf(platform), String.valueOf(seenAt), String.valueOf(region),
				String.valueOf(email), String.valueOf(phone));
	}

	public @Nullable String getCategory() {
		return category;
	}

	public void setCategory(@Nullable String category) {
		this.category = category;
	}

	public @Nullable String getDescription() {
		return description;
	}

	public void setDescription(@Nullable String description) {
		this.description = description;
	}

	public @Nullable String getPostText() {
		return postText;
	}

	public void setPostText(@Nullable String postText) {
		this.postText = postText;
	}

	public @Nullable String getLinks() {
		return links;
	}

	public void setLinks(@Nullable String links) {
		this.links = links;
	}

	public @Nullable String getPlatform() {
		return platform;
	}

	public void setPlatform(@Nullable String platform) {
		this.platform = platform;
	}

	public @Nullable String getSeenAt() {
		return seenAt;
	}

	public void setSeenAt(@Nullable String seenAt) {
		this.seenAt = seenAt;
	}

	public @Nullable String getRegion() {
		return region;
	}

	public void setRegion(@Nullable String region) {
		this.region = region;
	}

	public @Nullable String getEmail() {
		return email;
	}

	public void setEmail(@Nullable String email) {
		this.email = email;
	}

	public @Nullable String getPhone() {
		return phone;
	}

	public void setPhone(@Nullable String phone) {
		this.phone = phone;
	}

	public @Nullable String getWebsite() {
		return website;
	}

	public void setWebsite(@Nullable String website) {
		this.website = website;
	}

	public @Nullable String getIdempotencyKey() {
		return idempotencyKey;
	}

	public void setIdempotencyKey(@Nullable String idempotencyKey) {
		this.idempotencyKey = idempotencyKey;
	}

	public List<MultipartFile> getFiles() {
		return files;
	}

	public void setFiles(List<MultipartFile> files) {
		this.files = files;
	}
}
