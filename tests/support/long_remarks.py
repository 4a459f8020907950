"""Four long remarks of one person (Ivo Sand), each in a story of its own and none on the
harbour's tides or anything else the tests ask: together they fill more than a phone screen
(`qabot.search.quote_hits.PHONE`). Invented for the tests."""

from __future__ import annotations

_PIER = (
    "The old pier will reopen in May once the new railings are fitted and painted, the cafe "
    "at the far end has a new owner who wants to serve breakfast from six, the lifeboat crew "
    "will hold an open day on the first Saturday, and the council has promised benches, bins "
    "and lamps all the way along the boards, so families can walk out after dark again"
)
_QUAY = (
    "Every trader on the quay has asked for longer leases, the fishmongers want cold stores "
    "behind their stalls, the rope makers want a covered yard for the winter months, and the "
    "sailing school needs a slipway that does not flood at every spring high water, which is "
    "why the board must find money for repairs before anyone signs a lease for ten years"
)
_SQUARE = (
    "The square fair drew more visitors than any year since the war, with kite makers, "
    "drummers and a brass band from the valley, and the toy stalls sold out by noon on both "
    "days, so next summer we will close the road to cars, hire more stewards, put up a second "
    "stage by the fountain and ask the bus company to run an extra service from the station"
)
_HALL = (
    "The town hall clock has been stopped since March because nobody could find the key to "
    "the tower, the glazier who mended the west window retired last autumn, and the roof "
    "leaks over the council chamber whenever the wind turns east, so the mayor has asked "
    "the heritage trust for a grant and the scouts will sweep the stairs every Sunday morning"
)
LONG_REMARKS = {
    "hall.txt": f'Town hall\n\n"{_HALL}," Ivo Sand said.\n',
    "pier.txt": f'Pier reopens\n\n"{_PIER}," said Ivo Sand, the harbour master.\n',
    "quay.txt": f'Quay leases\n\n"{_QUAY}," Ivo Sand said.\n',
    "square.txt": f'Square fair\n\n"{_SQUARE}," Ivo Sand said.\n',
}
