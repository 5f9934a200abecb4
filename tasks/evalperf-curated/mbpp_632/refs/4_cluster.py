def move_zero(nums):
  """
  Moves all zeroes to the end of the given list.

  Args:
    nums: A list of integers.

  Returns:
    The list with all zeroes moved to the end.
  """
  non_zero_index = 0
  for i in range(len(nums)):
    if nums[i] != 0:
      nums[non_zero_index] = nums[i]
      non_zero_index += 1
  while non_zero_index < len(nums):
    nums[non_zero_index] = 0
    non_zero_index += 1
  return nums
