const BASE = "https://image.adobe.io";

async function cutout(inputUrl, outputUrl) {
	const res = await fetch(BASE + "/sensei/cutout", {
		method: "POST",
		body: JSON.stringify({
			input: { href: inputUrl, storage: "external" },
			output: { href: outputUrl, storage: "external" }
		})
	});
	const job = await res.json();
	return job._links.self.href;
}

module.exports = { cutout };
