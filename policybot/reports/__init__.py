"""Files people open: the ledger as a spreadsheet, progress charts and wide tables as pictures.

No Telegram here (handlers send what these build) and no SQL (the data comes from knowledge/).
"""
