// Sitrep workbench. Every value from a page (titles, names, text, comments) enters the DOM as
// text (textContent, text nodes), never as HTML: pages are hostile input.
'use strict';
(function () {
  const $ = (id) => document.getElementById(id);
  const state = { filters: {}, story: null, event: null, map: null, layer: null };
  const DIMS = ['type', 'actor', 'place', 'outlet', 'modality', 'review'];

  function el(tag, attrs, ...children) {
    const e = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === null || v === undefined || v === false) continue;
      if (k === 'class') e.className = v;
      else if (k === 'onclick') e.addEventListener('click', v);
      else if (k === 'text') e.textContent = v;
      else e.setAttribute(k, String(v)); // only fixed attribute names, never from data
    }
    for (const c of children) {
      if (c === null || c === undefined) continue;
      e.append(c instanceof Node ? c : document.createTextNode(String(c)));
    }
    return e;
  }
  const data = (tag, text, cls) => el(tag, { class: 'data' + (cls ? ' ' + cls : ''), dir: 'auto', text: text == null ? '' : String(text) });

  // ---- fetch with a progress indicator on slow queries
  let pending = 0;
  let timer = null;
  async function api(path, options) {
    pending++;
    if (!timer) timer = setTimeout(() => { $('progress').hidden = false; }, 150);
    try {
      const r = await fetch(path, Object.assign({ headers: { Accept: 'application/json' } }, options || {}));
      const body = await r.json().catch(() => ({}));
      if (!r.ok) throw new Error(body.error || ('HTTP ' + r.status));
      return body;
    } finally {
      pending--;
      if (pending === 0) { clearTimeout(timer); timer = null; $('progress').hidden = true; }
    }
  }
  function fail(e) {
    const p = $('error');
    p.textContent = String(e.message || e);
    p.hidden = false;
    setTimeout(() => { p.hidden = true; }, 6000);
  }

  function params(extra) {
    const p = new URLSearchParams();
    const q = $('q').value.trim();
    if (q) p.set('q', q);
    if ($('from').value.trim()) p.set('from', $('from').value.trim());
    if ($('to').value.trim()) p.set('to', $('to').value.trim());
    for (const [k, v] of Object.entries(state.filters)) p.set(k, v);
    for (const [k, v] of Object.entries(extra || {})) p.set(k, v);
    return p;
  }

  // ---- stories and facets
  async function search() {
    try {
      const [stories, events] = await Promise.all([
        api('/api/stories?' + params({ limit: 200 })),
        api('/api/events?' + params({ limit: 200 }))]);
      renderFilters();
      renderFacets(events.facets || {});
      renderStories(stories);
      if (!state.story) plot(events.events || []);
    } catch (e) { fail(e); }
  }

  function renderFilters() {
    const box = $('filters');
    box.replaceChildren();
    for (const [k, v] of Object.entries(state.filters)) {
      box.append(el('button', { type: 'button', class: 'on', 'aria-label': 'Remove filter ' + k,
        onclick: () => { delete state.filters[k]; search(); } }, k + ': ', data('span', v), ' ×'));
    }
  }

  function renderFacets(facets) {
    const box = $('facets');
    box.replaceChildren();
    for (const dim of DIMS) {
      const counts = facets[dim] || {};
      const keys = Object.keys(counts);
      if (!keys.length) continue;
      const div = el('div', { class: 'facet' }, el('h3', { text: dim }));
      for (const k of keys) {
        const on = state.filters[dim] === k;
        div.append(el('button', { type: 'button', class: on ? 'on' : null, 'aria-pressed': on ? 'true' : 'false',
          onclick: () => { if (on) delete state.filters[dim]; else state.filters[dim] = k; search(); } },
          data('span', k), ' ', el('span', { class: 'muted', text: '(' + counts[k] + ')' })));
      }
      box.append(div);
    }
  }

  function renderStories(r) {
    const list = $('stories');
    list.replaceChildren();
    $('story-count').textContent = '(' + r.total + ')';
    for (const s of r.stories) {
      const when = [s.first_date, s.last_date].filter(Boolean).join(' – ') || 'undated';
      const b = el('button', { type: 'button', class: state.story === s.story_id ? 'on' : null, 'data-story': s.story_id,
        onclick: () => openStory(s.story_id) },
        data('strong', s.title || s.story_id), el('br'),
        el('span', { class: 'muted', text: when + ' · ' + s.documents + ' pages · ' + s.events + ' reports'
          + (s.matches ? ' · ' + s.matches + ' matching' : '') }));
      list.append(el('li', {}, b));
    }
  }

  // ---- a story: timeline, map, contradictions
  async function openStory(id) {
    try {
      const s = await api('/api/stories/' + encodeURIComponent(id) + '?limit=100');
      state.story = id;
      for (const b of document.querySelectorAll('#stories button')) b.classList.toggle('on', b.dataset.story === id);
      const box = $('story');
      box.replaceChildren();
      box.append(data('h2', s.title || s.story_id));
      box.append(el('p', { class: 'muted', text: s.documents_total + ' pages from ' +
        new Set(s.documents.map((d) => d.outlet || 'unknown outlet')).size + (s.documents_total > s.documents.length ? '+' : '')
        + ' outlets; ' + s.events_total + ' merged events' }));
      const ol = el('ol', { class: 'timeline', 'aria-label': 'Timeline' });
      const reports = [];
      for (const m of s.events) {
        const reps = m.report_events || [];
        reports.push(...reps);
        const verdicts = new Set(reps.map((e) => e.review && e.review.verdict).filter(Boolean));
        const mods = new Set(reps.map((e) => e.claim && e.claim.modality).filter(Boolean));
        const claimants = new Set();
        const outlets = new Set();
        for (const e of reps) {
          for (const c of (e.claim && e.claim.claimants) || []) claimants.add(c.name);
          if (e.claim && e.claim.outlet) outlets.add(e.claim.outlet);
        }
        const li = el('li', { class: (m.date ? '' : 'undated') + (verdicts.size === 1 && verdicts.has('reject') ? ' rejected' : '') });
        li.append(el('span', { class: 'when', text: m.date ? m.date + (m.enddate ? ' – ' + m.enddate : '') : 'undated' }));
        for (const t of m.event || []) li.append(el('span', { class: 'type', text: t }));
        for (const md of mods) li.append(el('span', { class: 'badge mod-' + md.replace(/[^a-z]/g, ''), text: md }));
        for (const v of verdicts) li.append(el('span', { class: 'badge rv-' + v.replace(/[^a-z]/g, ''), text: 'reviewed: ' + v }));
        const who = (m.actor || []).map((a) => a.identifier_text || a.entity_text).join(', ');
        const whom = (m.recipient || []).map((a) => a.identifier_text || a.entity_text).join(', ');
        li.append(el('div', {}, data('span', who || '—'), ' → ', data('span', whom || '—'),
          m.event_loc ? el('span', {}, ' @ ', data('span', m.event_loc.name)) : null));
        const c = m.corroboration || {};
        li.append(el('div', { class: 'muted' }, 'says: ', data('span', [...claimants].join(', ') || 'the outlets themselves'),
          ' · outlets: ', data('span', [...outlets].join(', ') || '—'),
          ' · ' + (c.reports || 0) + ' reports, ' + (c.outlets || 0) + ' outlets, ' + (c.independent_origins || 0) + ' independent origins'));
        const rb = el('div', { class: 'reports' });
        reps.forEach((e, i) => rb.append(el('button', { type: 'button', 'data-event': e.id,
          onclick: () => openEvent(e.id) }, 'report ' + (i + 1) + ': ', data('span', (e.claim && e.claim.outlet) || e.doc_id))));
        if ((m.report_events_total || 0) > reps.length) rb.append(el('span', { class: 'muted', text: ' and ' + (m.report_events_total - reps.length) + ' more' }));
        li.append(rb);
        ol.append(li);
      }
      box.append(ol);
      if (s.contradictions && s.contradictions.length) {
        box.append(el('h3', { text: 'Contradictions' }));
        for (const c of s.contradictions) box.append(contradiction(c));
      }
      plot(reports);
    } catch (e) { fail(e); }
  }

  function contradiction(c) {
    const side = el('div', { class: 'side' });
    for (const v of c.values || []) {
      const col = el('div', {}, el('strong', {}, data('span', typeof v.value === 'object' ? JSON.stringify(v.value) : v.value)),
        el('div', { class: 'muted' }, 'says: ', data('span', (v.claimants || []).join(', ') || '—')));
      for (const r of v.report_events || []) {
        col.append(el('blockquote', {}, data('span', r.event_text)));
      }
      for (const id of v.reports || []) col.append(el('button', { type: 'button', onclick: () => openEvent(id) }, 'open ' + id));
      side.append(col);
    }
    return el('div', { class: 'contradiction' }, el('div', {}, el('span', { class: 'badge', text: c.kind }), ' ',
      data('span', c.field), ' ', data('span', c.note || '', 'muted')), side);
  }

  // ---- map: events as markers over a graticule and bundled outlines, no tiles
  function initMap() {
    if (!window.L) return;
    const map = L.map('map', { worldCopyJump: true, attributionControl: false }).setView([33, 38], 4);
    const lines = [];
    for (let lat = -80; lat <= 80; lat += 10) lines.push([[lat, -180], [lat, 180]]);
    for (let lon = -180; lon <= 180; lon += 10) lines.push([[-85, lon], [85, lon]]);
    L.polyline(lines, { color: '#9fb3c8', weight: 0.5, interactive: false }).addTo(map);
    fetch('/world.json').then((r) => (r.ok ? r.json() : null)).then((g) => {
      if (g) L.geoJSON(g, { interactive: false, style: { color: '#7d8b99', weight: 0.7, fillColor: '#f3f1ea', fillOpacity: 1 } }).addTo(map).bringToBack();
    }).catch(() => {});
    state.map = map;
    state.layer = L.layerGroup().addTo(map);
  }

  function plot(events) {
    if (!state.map) return;
    state.layer.clearLayers();
    const groups = new Map(); // clustered by place: one marker per location
    for (const e of events) {
      const loc = e.event_loc;
      if (!loc || typeof loc.lat !== 'number' || typeof loc.lon !== 'number') continue;
      const key = loc.lat.toFixed(2) + ',' + loc.lon.toFixed(2);
      if (!groups.has(key)) groups.set(key, { lat: loc.lat, lon: loc.lon, name: loc.name, events: [] });
      groups.get(key).events.push(e);
    }
    const bounds = [];
    // the biggest first, so that smaller markers stay on top and clickable
    for (const g of [...groups.values()].sort((a, b) => b.events.length - a.events.length)) {
      const m = L.circleMarker([g.lat, g.lon], { radius: Math.min(6 + 2 * Math.sqrt(g.events.length), 18),
        color: '#b0452f', fillColor: '#e0694f', fillOpacity: 0.8, weight: 2, className: 'ev-marker' });
      // a Leaflet string would be HTML: give it an element holding text
      m.bindTooltip(el('span', { dir: 'auto', text: String(g.name || '') + ' (' + g.events.length + ')' }));
      m.on('click', () => {
        if (g.events.length === 1) { openEvent(g.events[0].id); return; }
        const box = el('div', {}, data('strong', g.name));
        for (const e of g.events) {
          box.append(el('button', { type: 'button', class: 'popup-event', onclick: () => openEvent(e.id) },
            el('span', { text: (e.date || 'undated') + ' ' + (e.event || []).join('/') + ': ' }), data('span', (e.event_text || '').slice(0, 80))));
        }
        L.popup().setLatLng([g.lat, g.lon]).setContent(box).openOn(state.map);
      });
      m.addTo(state.layer);
      bounds.push([g.lat, g.lon]);
    }
    if (bounds.length) state.map.fitBounds(bounds, { maxZoom: 8, padding: [20, 20] });
  }

  // ---- the event panel
  async function openEvent(id) {
    try {
      const r = await api('/api/events/' + encodeURIComponent(id));
      const d = await api('/api/documents/' + encodeURIComponent(r.event.doc_id));
      state.event = id;
      renderEvent(r, d);
    } catch (e) { fail(e); }
  }

  function renderEvent(r, d) {
    const e = r.event;
    const box = $('event');
    box.replaceChildren();
    $('panel').hidden = false;
    const head = el('div', {}, el('span', { class: 'when', text: e.date || 'undated' }));
    for (const t of e.event || []) head.append(el('span', { class: 'type', text: t }));
    const mod = (e.claim && e.claim.modality) || 'asserted';
    head.append(el('span', { class: 'badge mod-' + mod.replace(/[^a-z]/g, ''), text: mod }));
    if (e.review) head.append(el('span', { class: 'badge rv-' + e.review.verdict.replace(/[^a-z]/g, ''), id: 'review-state',
      text: 'reviewed: ' + e.review.verdict + ' by ' + e.review.reviewer + ' at ' + e.review.at }));
    else head.append(el('span', { class: 'badge', id: 'review-state', text: 'not reviewed' }));
    box.append(head);
    box.append(el('p', {}, data('span', (e.actor || []).map((a) => a.identifier_text || a.entity_text).join(', ') || '—'), ' → ',
      data('span', (e.recipient || []).map((a) => a.identifier_text || a.entity_text).join(', ') || '—'),
      e.event_loc ? el('span', {}, ' @ ', data('span', e.event_loc.name)) : null));
    if (e.review && e.review.note) box.append(el('p', { class: 'muted' }, 'note: ', data('span', e.review.note)));

    box.append(el('h3', { text: 'Claimant chain (outlet first)' }));
    const chain = el('ol', { class: 'chain' });
    for (const c of r.claimant_chain || []) chain.append(el('li', {}, data('span', c.name || '—'), el('span', { class: 'muted', text: ' (' + (c.kind || '') + ')' })));
    box.append(chain);

    box.append(reviewForm(e));

    box.append(el('h3', {}, 'Page: ', data('span', (d.title || d.input || d.doc_id))));
    box.append(el('p', { class: 'muted' }, data('span', (d.outlet && d.outlet.name) || 'unknown outlet'), ' · ',
      data('span', (d.published && d.published.value) || 'undated')));
    const text = d.text || '';
    const ti = e.text_info || {};
    const pre = el('div', { class: 'doctext', dir: 'auto', tabindex: '0', 'aria-label': 'Page text, evidence highlighted' });
    const s = Math.max(0, Math.min(text.length, ti.start || 0));
    const t = Math.max(s, Math.min(text.length, ti.end || 0));
    const mark = el('mark', { id: 'evidence', text: text.slice(s, t) });
    pre.append(document.createTextNode(text.slice(0, s)), mark, document.createTextNode(text.slice(t)));
    box.append(pre);
    // scroll the page text, not the panel: the event's head stays in view
    setTimeout(() => { pre.scrollTop = Math.max(0, mark.offsetTop - pre.offsetTop - pre.clientHeight / 3); }, 0);
    if ((d.comments || []).length) {
      const cl = el('details', {}, el('summary', { text: d.comments.length + ' reader comments (never coded)' }));
      for (const c of d.comments) cl.append(el('p', {}, data('strong', c.author || 'anonymous'), ': ', data('span', c.text)));
      box.append(cl);
    }

    if (r.merged) {
      const c = r.merged.corroboration || {};
      box.append(el('h3', { text: 'Every report of this event (' + (c.reports || 0) + ' reports, ' + (c.outlets || 0) + ' outlets, ' + (c.independent_origins || 0) + ' origins)' }));
      const side = el('div', { class: 'side' });
      for (const x of r.merged.report_events || []) {
        side.append(el('div', {}, el('strong', {}, data('span', (x.claim && x.claim.outlet) || x.doc_id)),
          el('div', { class: 'muted' }, 'says: ', data('span', ((x.claim && x.claim.claimants) || []).map((k) => k.name).join(' ← ') || 'the outlet'),
            ' · ' + ((x.claim && x.claim.modality) || '') + ' · ' + (x.date || 'undated')),
          el('blockquote', {}, data('span', x.event_text)),
          x.id === e.id ? el('em', { text: 'this report' }) : el('button', { type: 'button', onclick: () => openEvent(x.id) }, 'open')));
      }
      box.append(side);
    }
    if ((r.contradictions || []).length) {
      box.append(el('h3', { text: 'Contradicted by' }));
      for (const c of r.contradictions) box.append(contradiction(c));
    }
  }

  function reviewForm(e) {
    const tokenInput = el('input', { type: 'password', id: 'token', autocomplete: 'off', 'aria-label': 'Review token' });
    tokenInput.value = sessionStorage.getItem('sitrep-token') || '';
    const note = el('textarea', { id: 'note', 'aria-label': 'Review note' });
    const changes = el('input', { id: 'changes', 'aria-label': 'Edit: changes as JSON', placeholder: '{"date": "2018-04-07"}' });
    const send = async (verdict) => {
      sessionStorage.setItem('sitrep-token', tokenInput.value.trim());
      const body = { verdict, note: note.value || null };
      if (verdict === 'edit') {
        try { body.changes = JSON.parse(changes.value || '{}'); } catch (x) { fail(new Error('changes must be JSON')); return; }
      }
      try {
        await api('/api/events/' + encodeURIComponent(e.id) + '/review', { method: 'POST',
          headers: { 'Content-Type': 'application/json', Accept: 'application/json', Authorization: 'Bearer ' + tokenInput.value.trim() },
          body: JSON.stringify(body) });
        await openEvent(e.id);
        if (state.story) openStory(state.story);
      } catch (x) { fail(x); }
    };
    return el('div', { class: 'review-form' }, el('h3', { text: 'Review' }),
      el('label', { for: 'token', text: 'Token ' }), tokenInput,
      el('label', { for: 'note', text: 'Note' }), note,
      el('label', { for: 'changes', text: 'Changes (edit)' }), changes,
      el('div', {},
        el('button', { type: 'button', id: 'accept', onclick: () => send('accept') }, 'Accept'), ' ',
        el('button', { type: 'button', id: 'reject', onclick: () => send('reject') }, 'Reject'), ' ',
        el('button', { type: 'button', id: 'edit', onclick: () => send('edit') }, 'Edit')));
  }

  // ---- wiring and keyboard
  document.addEventListener('DOMContentLoaded', () => {
    initMap();
    $('search').addEventListener('submit', (ev) => { ev.preventDefault(); state.story = null; search(); });
    $('clear').addEventListener('click', () => { $('q').value = ''; $('from').value = ''; $('to').value = ''; state.filters = {}; state.story = null; search(); });
    $('close-panel').addEventListener('click', () => { $('panel').hidden = true; });
    document.addEventListener('keydown', (ev) => {
      const typing = /^(INPUT|TEXTAREA)$/.test(document.activeElement.tagName);
      if (ev.key === '/' && !typing) { ev.preventDefault(); $('q').focus(); }
      if (ev.key === 'Escape') { $('panel').hidden = true; }
    });
    search();
  });
})();
