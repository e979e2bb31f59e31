// The baseline's map code, as a user would write it with d3-geo and topojson-client (loaded as
// UMD globals `d3` and `topojson`): fetch, convert, project, draw, then wire hover and selection.
const svg = document.getElementById('map');
const tooltip = document.getElementById('tooltip');
const panel = document.getElementById('panel');
const SVG_NS = 'http://www.w3.org/2000/svg';

/** @type {SVGPathElement | null} */
let selected = null;

/** @param {SVGPathElement} path */
function select(path) {
	selected?.classList.remove('selected');
	selected = path;
	path.classList.add('selected');
	const heading = document.createElement('h2');
	heading.textContent = path.dataset.name ?? '';
	panel.replaceChildren(heading);
}

/** @param {PointerEvent} event @param {string} name */
function showTooltip(event, name) {
	tooltip.textContent = name;
	tooltip.style.left = `${event.clientX + 12}px`;
	tooltip.style.top = `${event.clientY + 12}px`;
	tooltip.hidden = false;
}

async function draw() {
	const world = await (await fetch('countries-110m.json')).json();
	const countries = topojson.feature(world, world.objects.countries);
	const { width, height } = svg.getBoundingClientRect();
	svg.setAttribute('viewBox', `0 0 ${width} ${height}`);
	const projection = d3.geoEqualEarth().fitSize([width, height], countries);
	const path = d3.geoPath(projection);
	const wanted = new URLSearchParams(location.search).get('country');
	for (const feature of countries.features) {
		const name = feature.properties.name;
		const shape = document.createElementNS(SVG_NS, 'path');
		shape.setAttribute('d', path(feature) ?? '');
		shape.setAttribute('tabindex', '0');
		shape.setAttribute('role', 'button');
		shape.setAttribute('aria-label', name);
		shape.dataset.name = name;
		shape.dataset.id = feature.id;
		shape.addEventListener('pointerenter', (event) => {
			shape.classList.add('hover');
			showTooltip(event, name);
		});
		shape.addEventListener('pointermove', (event) => showTooltip(event, name));
		shape.addEventListener('pointerleave', () => {
			shape.classList.remove('hover');
			tooltip.hidden = true;
		});
		shape.addEventListener('click', () => select(shape));
		shape.addEventListener('keydown', (event) => {
			if (event.key === 'Enter') select(shape);
		});
		svg.append(shape);
		if (name === wanted) select(shape);
	}
}

draw();
